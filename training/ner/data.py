"""Readers for the NER training corpora in ../shared/data, mapped to PER/ORG/LOC/MISC BIO tags.

Each reader yields :class:`lagebild.eval.ner.Sentence` objects. Tokens the corpus marks with a
type outside our label set but that are *not* "no entity" (the legal corpus's law and case
references) get the tag ``"-"``: unknown, so the model is neither rewarded nor punished there.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

from lagebild.eval.ner import Sentence, is_heldout, read_germeval

MOBIE_MAP = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
    # routes ("S1", "U2") and everything else (dates, triggers, causes) are not names
}
LER_MAP = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "MISC",
}
LER_UNKNOWN = {"GS", "VO", "EUN", "VS", "VT", "RS", "LIT"}


def germeval_split(data: Path, fold: int = 4) -> tuple[list[Sentence], list[Sentence]]:
    """GermEval 2014 dev: (training part, held-out fold = sentences with index % 5 == fold).

    Fold 4 is the fixed held-out part the quality gate scores; folds 0-3 serve cross-validation.
    """
    sents = read_germeval(data / "germeval2014" / "NER-de-dev.tsv")
    assert is_heldout(4) and not is_heldout(3)
    return ([s for s in sents if s.index % 5 != fold], [s for s in sents if s.index % 5 == fold])


def read_mobie(data: Path) -> list[Sentence]:
    """MobIE (all three splits): fine types mapped, unmapped types become O."""
    out: list[Sentence] = []
    for split in ("train", "dev", "test"):
        words: list[str] = []
        tags: list[str] = []
        for line in (data / "mobie-ner" / f"{split}.conll2003").read_text(
                encoding="utf-8").splitlines():
            cols = line.split()
            if len(cols) < 4 or cols[0] == "-DOCSTART-":
                if words:
                    out.append(Sentence(words, tags, len(out), "mobie"))
                words, tags = [], []
                continue
            tag = cols[3]
            prefix, _, typ = tag.partition("-")
            lab = MOBIE_MAP.get(typ)
            words.append(cols[0])
            tags.append(f"{prefix}-{lab}" if lab and prefix in "BI" else "O")
        if words:
            out.append(Sentence(words, tags, len(out), "mobie"))
    return [_repair(s) for s in out]


def read_europeana(data: Path, max_len: int = 60) -> list[Sentence]:
    """Europeana historical newspapers: no sentence breaks, so cut at full stops."""
    out: list[Sentence] = []
    for path in sorted((data / "europeana-ner-de").glob("*.bio")):
        words: list[str] = []
        tags: list[str] = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("#"):
                continue
            cols = line.split()
            if len(cols) != 2:
                continue
            word, tag = cols
            tag = tag.upper()
            if tag not in ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"):
                tag = "O"
            words.append(word)
            tags.append(tag)
            if (word in (".", "!", "?") and tag == "O" and len(words) >= 5) or \
                    (len(words) >= max_len and tag == "O"):
                out.append(Sentence(words, tags, len(out), "europeana"))
                words, tags = [], []
        if words:
            out.append(Sentence(words, tags, len(out), "europeana"))
    return [_repair(s) for s in out]


def ler_sentences(data: Path) -> Iterator[tuple[list[str], list[str]]]:
    """The legal corpus's sentences as (words, raw IOB tags), file by file in name order."""
    for path in sorted((data / "ler-legal-ner").glob("*.conll")):
        words: list[str] = []
        tags: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines() + [""]:
            cols = line.split()
            if len(cols) != 2:
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            words.append(cols[0])
            tags.append(cols[1])


def read_ler(data: Path, limit: int, seed: int = 7) -> list[Sentence]:
    """Legal NER: only sentences with a person, place or organisation; law types unknown."""
    keep: list[Sentence] = []
    for words, raw in ler_sentences(data):
        tags = []
        for tag in raw:
            prefix, _, typ = tag.partition("-")
            if typ in LER_UNKNOWN:
                tags.append("-")
            elif typ in LER_MAP:
                tags.append(f"{prefix}-{LER_MAP[typ]}")
            else:
                tags.append("O")
        if any(t not in ("O", "-") for t in tags):
            keep.append(Sentence(words, tags, len(keep), "ler"))
    random.Random(seed).shuffle(keep)
    return [_repair(s) for s in keep[:limit]]


def _repair(sent: Sentence) -> Sentence:
    """Turn a dangling ``I-X`` into ``B-X`` (some corpora have malformed sequences)."""
    tags = list(sent.tags)
    for i, tag in enumerate(tags):
        if tag.startswith("I-"):
            prev = tags[i - 1] if i else "O"
            if prev[2:] != tag[2:]:
                tags[i] = "B-" + tag[2:]
    sent.tags = tags
    return sent


def corpus_summary(name: str, sents: list[Sentence]) -> str:
    """One line: sentences, tokens, entities."""
    n_tok = sum(len(s.words) for s in sents)
    n_ent = sum(t.startswith("B-") for s in sents for t in s.tags)
    return f"{name}: {len(sents)} sentences, {n_tok} tokens, {n_ent} entities"


def iter_all(data: Path) -> Iterator[Sentence]:
    """Every training sentence of every corpus (for building word features)."""
    train, _ = germeval_split(data)
    yield from train
    yield from read_mobie(data)
    yield from read_europeana(data)
