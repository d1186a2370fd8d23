"""Score temporal expressions: extraction (lenient, strict) and normalisation (value).

Gold sources:

* **WikiWarsDE** (a folder with ``keyinline/``): German Wikipedia war histories with inline
  TIMEX2 tags. Only the ``<TEXT>`` part is scored (the ``<DATETIME>`` header is the corpus
  creation time, not part of the article); the documents have no article date, so they are
  tagged in the mode the caller chooses (default ``auto``, which is narrative without a date).
* **A TSV file** (``tests/data/timex_news.tsv``): ``sentence, DCT, expression, type, value``
  per line. Rows of one (sentence, DCT) form one document; the expression is found by its first
  occurrence in the sentence. Type ``NONE`` marks a word that must *not* be tagged: a system
  timex overlapping it is a false positive.

Definitions (one system timex matches at most one gold timex; pairs are chosen by largest
character overlap):

* lenient extraction: a pair whose character ranges overlap;
* strict extraction: a pair with identical start and end;
* value: a lenient pair whose TIMEX3 values are equal. Value precision = value-correct pairs /
  system timexes, value recall = value-correct pairs / gold timexes, value F1 their harmonic
  mean (TempEval-3 "value F1": extraction and normalisation together, as HeidelTime reports);
  ``value_accuracy`` = value-correct pairs / lenient pairs (normalisation alone).

TIMEX2 -> TIMEX3: WikiWarsDE writes values in the notation TIMEX3 shares (``1914-07-28``,
``1916-SU``, ``P3W``, ``PXY``, ``BC0260``, ``1914-08-01TEV``, ``PRESENT_REF``); TIMEX2's ``mod``,
``set`` and ``anchor_*`` attributes are not scored. :func:`timex2_to_timex3` therefore only
normalises spacing and case; a gold timex without ``val`` can match in extraction but never in
value.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

_TAG = re.compile(r"<(/?)TIMEX2([^>]*)>")
_VAL = re.compile(r'\bval="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    """A gold temporal expression (``type`` None where the gold has no types, as TIMEX2)."""

    start: int
    end: int
    text: str
    value: str | None
    type: str | None = None


@dataclass
class GoldDoc:
    """A gold document: its text, optional article date, gold timexes and forbidden spans."""

    name: str
    text: str
    dct: str | None = None
    timexes: list[GoldTimex] = field(default_factory=list)
    negatives: list[GoldTimex] = field(default_factory=list)


def timex2_to_timex3(value: str | None) -> str | None:
    """Map a TIMEX2 ``val`` to the TIMEX3 value it denotes (identical notation here)."""
    if value is None:
        return None
    value = value.strip().upper()
    return value or None


def parse_inline(name: str, markup: str) -> GoldDoc:
    """Parse one WikiWarsDE inline document: strip TIMEX2 tags, keep their offsets and values."""
    m = re.search(r"<TEXT>(.*)</TEXT>", markup, re.S)
    body = m.group(1) if m else markup
    text_parts: list[str] = []
    pos = length = 0
    stack: list[tuple[int, str | None]] = []
    timexes = []
    for tag in _TAG.finditer(body):
        chunk = body[pos:tag.start()]
        text_parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(1):  # closing tag: the innermost open one ends here
            start, value = stack.pop()
            timexes.append((start, length, value))
        else:
            v = _VAL.search(tag.group(2))
            stack.append((length, v.group(1) if v else None))
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    gold = [GoldTimex(s, e, text[s:e], timex2_to_timex3(v)) for s, e, v in sorted(timexes)]
    return GoldDoc(name, text, None, gold)


def load_wikiwars(folder: str | Path) -> list[GoldDoc]:
    """Load every document of ``folder/keyinline`` (or ``folder`` itself if it holds them)."""
    folder = Path(folder)
    src = folder / "keyinline" if (folder / "keyinline").is_dir() else folder
    return [parse_inline(p.name.split(".")[0], p.read_text(encoding="utf-8"))
            for p in sorted(src.glob("*.xml"))]


def load_tsv(path: str | Path) -> list[GoldDoc]:
    """Load a news test set: ``sentence<TAB>DCT<TAB>expression<TAB>type<TAB>value`` rows."""
    docs: dict[tuple[str, str | None], GoldDoc] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for no, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 5:
                raise ValueError(f"{path}:{no}: expected 5 tab-separated columns, got {len(row)}")
            sentence, dct, expr, typ, value = (c.strip() for c in row)
            dct = None if dct in ("", "-") else dct
            doc = docs.setdefault((sentence, dct), GoldDoc(f"line{no}", sentence, dct))
            start = sentence.find(expr)
            if start < 0:
                raise ValueError(f"{path}:{no}: expression {expr!r} not in the sentence")
            gold = GoldTimex(start, start + len(expr), expr, value or None, typ)
            (doc.negatives if typ == "NONE" else doc.timexes).append(gold)
    return list(docs.values())


@dataclass(frozen=True)
class SysTimex:
    """A system temporal expression as the scorer sees it."""

    start: int
    end: int
    text: str
    type: str
    value: str


def predict(nlp: Language, doc: GoldDoc) -> list[SysTimex]:
    """Run ``nlp`` (tokenizer + ``lb_timex`` at least) on a gold document's text."""
    sdoc = nlp.make_doc(doc.text)
    sdoc._.dct = doc.dct
    sdoc._.dct_precision = {4: "year", 7: "month"}.get(len(doc.dct), "day") if doc.dct else None
    sdoc = nlp(sdoc)
    return [SysTimex(s.start_char, s.end_char, s.text, s._.timex["type"], s._.timex["value"])
            for s in sdoc.spans.get("timexes", [])]


def _overlap(a, b) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: list[GoldTimex], system: list[SysTimex]) -> list[tuple[GoldTimex, SysTimex]]:
    """One-to-one pairs of overlapping gold and system timexes, largest overlap first."""
    pairs = sorted(((g, s) for g in gold for s in system if _overlap(g, s) > 0),
                   key=lambda p: -_overlap(*p))
    used_g, used_s, out = set(), set(), []
    for g, s in pairs:
        if id(g) in used_g or id(s) in used_s:
            continue
        used_g.add(id(g))
        used_s.add(id(s))
        out.append((g, s))
    return out


def _prf(correct: int, n_sys: int, n_gold: int) -> dict:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2)}


def score(docs: Iterable[GoldDoc], nlp: Language, keep_errors: bool = True) -> dict:
    """Tag every document with ``nlp`` and return the scores (see the module docstring)."""
    n_gold = n_sys = lenient = strict = value_ok = type_ok = typed = 0
    errors: list[dict] = []
    for doc in docs:
        system = predict(nlp, doc)
        # system timexes on a forbidden word are false positives, never aligned
        system_free = [s for s in system if not any(_overlap(s, n) > 0 for n in doc.negatives)]
        pairs = align(doc.timexes, system_free)
        n_gold += len(doc.timexes)
        n_sys += len(system)
        lenient += len(pairs)
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}
        for g, s in pairs:
            strict += (g.start, g.end) == (s.start, s.end)
            ok = g.value is not None and g.value == s.value
            value_ok += ok
            if g.type:
                typed += 1
                type_ok += g.type == s.type
            if keep_errors and not ok:
                errors.append({"doc": doc.name, "kind": "value", "gold": g.text, "gold_value": g.value,
                               "system": s.text, "system_value": s.value, "dct": doc.dct})
        if keep_errors:
            errors += [{"doc": doc.name, "kind": "missed", "gold": g.text, "gold_value": g.value,
                        "context": doc.text[max(0, g.start - 40):g.end + 40].replace("\n", " ")}
                       for g in doc.timexes if id(g) not in matched_g]
            errors += [{"doc": doc.name, "kind": "spurious", "system": s.text,
                        "system_value": s.value,
                        "context": doc.text[max(0, s.start - 40):s.end + 40].replace("\n", " ")}
                       for s in system if id(s) not in matched_s]
    result = {
        "gold": n_gold, "system": n_sys,
        "lenient": _prf(lenient, n_sys, n_gold),
        "strict": _prf(strict, n_sys, n_gold),
        "value": _prf(value_ok, n_sys, n_gold),
        "value_accuracy": round(100 * value_ok / lenient, 2) if lenient else 0.0,
        "value_correct_of_gold": round(100 * value_ok / n_gold, 2) if n_gold else 0.0,
    }
    if typed:
        result["type_accuracy"] = round(100 * type_ok / typed, 2)
    if keep_errors:
        result["errors"] = errors
    return result


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Load gold from a WikiWarsDE folder or a news TSV file."""
    path = Path(path)
    return load_tsv(path) if path.is_file() else load_wikiwars(path)


def build_eval_pipeline(mode: str = "auto") -> Language:
    """A minimal pipeline for scoring: the lagebild tokenizer and ``lb_timex`` alone."""
    import spacy

    from .. import nlp as _components  # noqa: F401  (registers the factories)
    from ..nlp.extensions import register_extensions
    from ..nlp.tokenizer import customize_tokenizer

    register_extensions()
    nlp = customize_tokenizer(spacy.blank("de"))
    nlp.add_pipe("lb_timex", config={"mode": mode})
    return nlp
