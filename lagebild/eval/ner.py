"""Score named entities against GermEval-2014-style gold: strict span P/R/F1 per label.

Gold is a TSV file (``id  token  outer-tag  inner-tag``, sentences separated by blank lines,
``#`` lines carry the source). Only the outer tags are scored, mapped to the lagebild labels:

- ``PER``, ``ORG``, ``LOC`` stay; ``OTH`` becomes ``MISC``;
- ``*deriv`` (``deutschen`` from Deutschland) becomes ``MISC``, as CoNLL-2003 labels
  nationality adjectives;
- ``*part`` (a name inside a compound word: ``EU-Staaten``, ``Merkel-Regierung``) becomes ``O``:
  the token as a whole does not name the entity.

The issue's measure on GermEval test counts ``*deriv`` and ``*part`` tokens **neither way**; with
``ignore_derived`` the scorers do the same (:func:`drop_derived`): a gold span on such a token and
a predicted span touching one are both left out. Nationality adjectives (``russischen``) then count
for nothing, so this is the figure to compare with the withheld test.

A span counts only with exact boundaries and the same label (CoNLL ``conlleval`` semantics; an
``I-`` tag after ``O`` or another label opens a new span).

The fixed held-out part of GermEval dev that the shipped model never saw in training is every
fifth sentence (0-based index ``i % 5 == 4`` in file order): see :func:`is_heldout`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("PER", "ORG", "LOC", "MISC")
HELDOUT_EVERY = 5


@dataclass
class Sentence:
    """One gold sentence: tokens and BIO tags over :data:`LABELS`."""

    words: list[str]
    tags: list[str]
    index: int = 0
    source: str = ""
    meta: dict = field(default_factory=dict)


def map_germeval_tag(tag: str) -> str:
    """Map a GermEval outer tag (``B-LOCderiv``) to a lagebild BIO tag (``B-MISC``)."""
    if not tag or tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    if label.endswith("part"):
        return "O"
    if label.endswith("deriv"):
        return f"{prefix}-MISC"
    if label == "OTH":
        label = "MISC"
    if label not in LABELS:
        return "O"
    return f"{prefix}-{label}"


def read_germeval(path: str | Path) -> list[Sentence]:
    """Read a GermEval 2014 TSV file into sentences with mapped outer tags."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    derived: list[int] = []
    source = ""

    def flush() -> None:
        nonlocal words, tags, derived
        if words:
            sentences.append(Sentence(words, tags, len(sentences), source, {"derived": derived}))
        words, tags, derived = [], [], []

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#\t") or line == "#":
                flush()
                source = line[2:].strip()
                continue
            if not line.strip():
                flush()
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                continue
            if cols[2].endswith(("deriv", "part")):
                derived.append(len(words))
            words.append(cols[1])
            tags.append(map_germeval_tag(cols[2]))
    flush()
    return sentences


def is_heldout(index: int) -> bool:
    """True for the sentences of GermEval dev kept out of training (every fifth one)."""
    return index % HELDOUT_EVERY == HELDOUT_EVERY - 1


def spans_from_bio(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Return ``{(start, end, label)}`` token spans from BIO tags (conlleval semantics)."""
    spans: set[tuple[int, int, str]] = set()
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, lab = tag.partition("-")
        continues = prefix == "I" and lab == label and start is not None
        if not continues and start is not None:
            spans.add((start, i, label))
            start, label = None, None
        if prefix in ("B", "I") and not continues:
            start, label = i, lab
    return spans


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall and F1 (in percent) with the counts behind them."""
    p = 100.0 * tp / n_pred if n_pred else 0.0
    r = 100.0 * tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 2), "r": round(r, 2), "f1": round(f, 2),
            "tp": tp, "pred": n_pred, "gold": n_gold}


def score_spans(gold: Iterable[set], pred: Iterable[set]) -> dict:
    """Strict span scores from per-sentence span sets: ``{"overall": {...}, "per_label": {...}}``."""
    counts = {lab: [0, 0, 0] for lab in LABELS}
    for g, p in zip(gold, pred, strict=True):
        for lab in LABELS:
            gl = {s for s in g if s[2] == lab}
            pl = {s for s in p if s[2] == lab}
            counts[lab][0] += len(gl & pl)
            counts[lab][1] += len(pl)
            counts[lab][2] += len(gl)
    per_label = {lab: prf(*c) for lab, c in counts.items() if c[1] or c[2]}
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {"overall": prf(*total), "per_label": per_label}


def drop_derived(spans: set, derived: Iterable[int]) -> set:
    """``spans`` (token ``(start, end, label)``) without those touching a ``*deriv``/``*part`` token."""
    bad = set(derived)
    return {sp for sp in spans if not any(i in bad for i in range(sp[0], sp[1]))}


def _token_starts(words: Sequence[str]) -> list[int]:
    """Character offset of each token in the words joined by one space."""
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return starts


def _drop_derived_chars(spans: set, sent: Sentence) -> set:
    """Character-offset spans of ``sent``'s text without those touching a ``*deriv``/``*part`` token."""
    starts = _token_starts(sent.words)
    bad = [(starts[i], starts[i] + len(sent.words[i])) for i in sent.meta.get("derived", ())]
    return {sp for sp in spans if not any(sp[0] < e and s < sp[1] for s, e in bad)}


def predict_spans(sentences: Sequence[Sentence], nlp=None,
                  batch_size: int = 256) -> list[set[tuple[int, int, str]]]:
    """Run the pipeline's ``lb_entities`` component on the gold tokens; return span sets."""
    from spacy.tokens import Doc

    if nlp is None:
        from ..pipeline import build_pipeline
        nlp = build_pipeline(["lb_entities"])
    component = nlp.get_pipe("lb_entities")
    docs = (Doc(nlp.vocab, words=s.words) for s in sentences)
    out = []
    for doc in component.pipe(docs, batch_size=batch_size):
        out.append({(e.start, e.end, e.label_) for e in doc.ents})
    return out


EXTRACT_COMPONENTS = ("lb_sentences", "lb_morph", "lb_entities", "lb_actors", "lb_coref")


def char_spans(sent: Sentence) -> tuple[str, set[tuple[int, int, str]]]:
    """The sentence text (tokens joined by one space) and its gold spans as character offsets."""
    starts = _token_starts(sent.words)
    gold = {(starts[s], starts[e - 1] + len(sent.words[e - 1]), lab)
            for s, e, lab in spans_from_bio(sent.tags)}
    return " ".join(sent.words), gold


def evaluate_pipeline(sentences: Sequence[Sentence], nlp=None, batch_size: int = 64,
                      ignore_derived: bool = False) -> dict:
    """Strict character-span scores of ``doc.ents`` as ``lagebild extract`` leaves them.

    Each sentence's text (tokens joined by spaces) runs through the pipeline's own tokenizer
    and every component that touches ``doc.ents`` (:data:`EXTRACT_COMPONENTS`: the recogniser
    and the KB and coreference additions); a prediction counts only with exact character
    offsets and label.
    """
    if nlp is None:
        from ..pipeline import build_pipeline
        nlp = build_pipeline(EXTRACT_COMPONENTS)
    texts, golds = zip(*(char_spans(s) for s in sentences), strict=True)
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.dct = None
        docs.append(doc)
    preds = [{(e.start_char, e.end_char, e.label_) for e in doc.ents}
             for doc in nlp.pipe(docs, batch_size=batch_size)]
    if ignore_derived:
        golds = [_drop_derived_chars(g, s) for g, s in zip(golds, sentences, strict=True)]
        preds = [_drop_derived_chars(p, s) for p, s in zip(preds, sentences, strict=True)]
    return score_spans(golds, preds)


def evaluate_file(path: str | Path, heldout: bool = False, nlp=None, ignore_derived: bool = False) -> dict:
    """Score the entity component on a GermEval TSV file (``heldout``: the fixed held-out part;
    ``ignore_derived``: ``*deriv``/``*part`` tokens count neither way, as on the withheld test)."""
    sentences = read_germeval(path)
    if heldout:
        sentences = [s for s in sentences if is_heldout(s.index)]
    pred = predict_spans(sentences, nlp)
    gold = [spans_from_bio(s.tags) for s in sentences]
    if ignore_derived:
        gold = [drop_derived(g, s.meta.get("derived", ())) for g, s in zip(gold, sentences, strict=True)]
        pred = [drop_derived(p, s.meta.get("derived", ())) for p, s in zip(pred, sentences, strict=True)]
    scores = score_spans(gold, pred)
    scores["gold_file"] = str(path)
    scores["heldout"] = heldout
    scores["ignore_derived"] = ignore_derived
    scores["sentences"] = len(sentences)
    scores["tokens"] = sum(len(s.words) for s in sentences)
    return scores


def format_table(scores: dict) -> str:
    """A plain-text table of the scores."""
    rows = [f"{'label':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    items = list(scores["per_label"].items()) + [("overall", scores["overall"])]
    for lab, s in items:
        rows.append(f"{lab:<8}{s['p']:>8.2f}{s['r']:>8.2f}{s['f1']:>8.2f}"
                    f"{s['gold']:>8}{s['pred']:>8}")
    return "\n".join(rows)
