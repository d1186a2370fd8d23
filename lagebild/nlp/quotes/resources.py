"""The quotation word lists, read from ``lagebild/resources/de/quotes/`` into typed records.

Every data file starts with a ``# FORMAT:`` header; its ``# EXAMPLE:`` lines are test cases
(``TEXT => key=value; ...``) that ``tests/nlp/test_quotes.py`` runs through the component. Entries
are pipe-separated columns. The loaded :class:`QuoteResources` is immutable and built once per
process (``lru_cache``), so components share it without mutable global state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

RESOURCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "de" / "quotes"
DATA_FILES = ("cue_verbs.txt", "konjunktiv.txt", "speaker_patterns.txt", "function_words.txt",
              "closed_classes.txt")

# Prefixes after which a weak verb's participle takes no "ge-" (erklärt, bestätigt, verkündet).
_INSEPARABLE = ("be", "er", "ver", "zer", "ent", "emp", "ge", "miss", "hinter", "wider", "unter", "über")


@dataclass(frozen=True)
class CueVerb:
    """One cue verb: its finite and participle forms, its separable particle and classes."""

    lemma: str
    particle: str | None
    forms: frozenset[str]          # forms that need the particle elsewhere in the clause
    joined: frozenset[str]         # forms with the particle attached (mitteilte, mitgeteilt)
    participles: frozenset[str]    # past participles (with particle when it has one)
    classes: frozenset[str]        # speech, reported, dative


@dataclass(frozen=True)
class SpeakerPattern:
    """One attribution pattern without a cue verb: ``laut X``, ``X zufolge``, ``heißt es``."""

    kind: str
    words: tuple[str, ...]
    type: str


@dataclass(frozen=True)
class KonjunktivForm:
    """A finite verb form in Konjunktiv I or II."""

    form: str
    mood: str


@dataclass(frozen=True)
class FunctionWord:
    """A closed-class word and its chunking class (DET, PRON, PREP, ADV, CONJ, SUB, AUX, MEDIA)."""

    word: str
    cls: str


@dataclass(frozen=True)
class Example:
    """An ``# EXAMPLE:`` line: a German text and the expected attributes of its first quote."""

    source: str
    text: str
    expected: Mapping[str, str]


@dataclass(frozen=True)
class QuoteResources:
    """Everything the quotation finder reads, with lookup tables built from the records."""

    cue_verbs: tuple[CueVerb, ...]
    patterns: tuple[SpeakerPattern, ...]
    konjunktiv: tuple[KonjunktivForm, ...]
    function_words: tuple[FunctionWord, ...]
    examples: tuple[Example, ...]
    verb_index: Mapping[str, tuple[tuple[CueVerb, bool], ...]] = field(repr=False)
    word_classes: Mapping[str, frozenset[str]] = field(repr=False)
    konjunktiv_forms: frozenset[str] = field(repr=False)
    patterns_by_kind: Mapping[str, frozenset[str]] = field(repr=False)
    # closed_classes.txt: kind -> lower-case words (time_noun, demonstrative_subject, ...)
    closed: Mapping[str, frozenset[str]] = field(repr=False, default_factory=lambda: MappingProxyType({}))

    def classes_of(self, lower: str) -> frozenset[str]:
        """The function-word classes of a lower-cased word (empty if it is none)."""
        return self.word_classes.get(lower, frozenset())


def _rows(path: Path) -> tuple[list[list[str]], list[Example]]:
    """Split a data file into its entry rows and its EXAMPLE lines."""
    rows: list[list[str]] = []
    examples: list[Example] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("# EXAMPLE:"):
            body = stripped[len("# EXAMPLE:"):].strip()
            text, _, want = body.partition("=>")
            expected = {}
            for item in want.split(";"):
                key, sep, value = item.partition("=")
                if sep:
                    expected[key.strip()] = value.strip()
            examples.append(Example(path.name, text.strip(), MappingProxyType(expected)))
            continue
        if not stripped or stripped.startswith("#"):
            continue
        rows.append([col.strip() for col in stripped.split("|")])
    return rows, examples


def _weak_forms(lemma: str) -> tuple[set[str], str]:
    """Finite forms and the participle stem of a regular weak verb (``sagen`` -> sagt, sagte ...)."""
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    # "berichten", "rechnen", "bezeichnen": an -e- joins stem and ending (berichtet, rechnete,
    # bezeichnete); not after a vowel, l, r or a lengthening h (lehnt, warnt, filmt)
    link = ""
    if stem.endswith(("t", "d")):
        link = "e"
    elif stem.endswith(("n", "m")) and len(stem) > 2 and stem[-2] not in "aeiouäöülr":
        link = "e" if stem[-2] != "h" or stem[-3] == "c" else ""
    forms = {stem + link + "t", stem + link + "te", stem + link + "ten", stem + "e", lemma}
    return forms, stem + link + "t"


def _participle(lemma: str, pstem: str, particle: str | None) -> str:
    if lemma.endswith("ieren") or lemma.startswith(_INSEPARABLE):
        base = pstem
    else:
        base = "ge" + pstem
    return (particle or "") + base


def _cue_verb(row: list[str]) -> CueVerb:
    lemma, particle, forms_col, classes_col = (row + ["", "", "", ""])[:4]
    particle = None if particle in ("", "-") else particle
    classes = frozenset(c.strip() for c in classes_col.split(",") if c.strip())
    if forms_col in ("", "-"):
        forms, pstem = _weak_forms(lemma)
        participles = {_participle(lemma, pstem, particle)}
    else:
        listed = forms_col.split()
        # the participle of a separable verb is the listed form with ge- (gewiesen ->
        # hingewiesen); an inseparable verb's participle (verwiesen) needs no special handling
        participles = {f for f in listed if f.startswith("ge") and not lemma.startswith("ge")}
        forms = set(listed) - participles
        participles = {(particle or "") + p for p in participles}
    joined: set[str] = set()
    if particle:
        joined = {particle + f for f in forms} | {particle + "zu" + lemma}
        joined |= participles
        participles_free: set[str] = set()
        if len(particle) > 3:
            # a long particle is often written apart before its participle ("bekannt geworden",
            # "bekannt gegeben"); the finder checks for the particle right before the verb
            participles_free = {p[len(particle):] for p in participles}
    else:
        participles_free = set(participles)
    return CueVerb(lemma=lemma, particle=particle,
                   forms=frozenset(forms | participles_free),
                   joined=frozenset(joined), participles=frozenset(participles),
                   classes=classes)


@lru_cache(maxsize=4)
def load_resources(directory: str | None = None) -> QuoteResources:
    """Load the data files of ``directory`` (default: the packaged German lists), once."""
    base = Path(directory) if directory else RESOURCE_DIR
    examples: list[Example] = []

    rows, ex = _rows(base / "cue_verbs.txt")
    examples += ex
    verbs = tuple(_cue_verb(r) for r in rows)
    index: dict[str, list[tuple[CueVerb, bool]]] = {}
    for verb in verbs:
        for f in verb.forms:
            index.setdefault(f, []).append((verb, verb.particle is not None))
        for f in verb.joined:
            index.setdefault(f, []).append((verb, False))

    rows, ex = _rows(base / "konjunktiv.txt")
    examples += ex
    konj = tuple(KonjunktivForm(r[0].lower(), r[1]) for r in rows)

    rows, ex = _rows(base / "speaker_patterns.txt")
    examples += ex
    patterns = tuple(SpeakerPattern(r[0], tuple(r[1].split()), r[2]) for r in rows)
    by_kind: dict[str, set[str]] = {}
    for p in patterns:
        by_kind.setdefault(p.kind, set()).add(" ".join(p.words))

    rows, ex = _rows(base / "function_words.txt")
    examples += ex
    words = tuple(FunctionWord(r[0], r[1]) for r in rows)
    classes: dict[str, set[str]] = {}
    for w in words:
        classes.setdefault(w.word.lower(), set()).add(w.cls)

    closed: dict[str, set[str]] = {}
    if (base / "closed_classes.txt").exists():  # an older resource_dir may lack it
        rows, ex = _rows(base / "closed_classes.txt")
        examples += ex
        for r in rows:
            closed.setdefault(r[0], set()).add(r[1].lower())

    return QuoteResources(
        cue_verbs=verbs, patterns=patterns, konjunktiv=konj, function_words=words,
        examples=tuple(examples),
        # a reading that needs a particle is tried first: "sagten … voraus" before "sagten"
        verb_index=MappingProxyType({k: tuple(sorted(v, key=lambda e: not e[1]))
                                     for k, v in index.items()}),
        word_classes=MappingProxyType({k: frozenset(v) for k, v in classes.items()}),
        konjunktiv_forms=frozenset(k.form for k in konj),
        patterns_by_kind=MappingProxyType({k: frozenset(v) for k, v in by_kind.items()}),
        closed=MappingProxyType({k: frozenset(v) for k, v in closed.items()}),
    )
