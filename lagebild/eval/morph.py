"""Score POS tags, lemmas and morphology against a CoNLL-U file.

The gold file is read into surface tokens, the way the lagebild tokenizer sees text: a UD
multiword token such as ``im`` (= ``in`` + ``dem``) becomes one token tagged ``APPRART``, with
the preposition's UPOS and lemma and the article's case, gender and number. The component is
run on a ``Doc`` built from those gold words, so the score measures tagging, not tokenisation.

Scores (all in percent):

- ``upos``, ``tag`` (STTS; only for files whose XPOS column is STTS), ``lemma`` (exact string),
  ``morph`` (the whole feature string equal) and ``head``/``las`` when a parser is present;
- ``features``: for each feature (``Case``, ``Mood`` ...) the accuracy over tokens whose gold
  has it (``acc``) and micro precision/recall/F1 of ``Feature=Value`` assignments, which also
  punishes a feature predicted where the gold has none;
- ``values``: the same P/R/F1 for single values later components rely on (``Mood=Sub`` ...).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

# Features that later components read (quotes: Mood; events: Case; timex/events: Tense ...).
FEATURES: tuple[str, ...] = ("Case", "Mood", "Tense", "VerbForm", "Number", "Person", "Gender")
VALUES: tuple[str, ...] = ("Mood=Sub", "VerbForm=Part", "Case=Nom", "Case=Acc", "Case=Dat",
                           "Case=Gen", "Tense=Past")
# GSD writes the pronominal adverb tag as PAV; TIGER, HanTa and spaCy's German models use PROAV.
_TAG_ALIASES = {"PAV": "PROAV"}
# Tags that only occur in STTS, to tell an STTS XPOS column from PUD's English-style one.
_STTS_MARKERS = {"ART", "APPR", "VVFIN", "NN"}
_PTB_MARKERS = {"DT", "JJ", "IN", "VBC"}
# The held-out split: the first 400 sentences of GSD dev and the first 500 of PUD test (mostly
# news). The rest of GSD dev, GSD test and PUD sentences 500-999 train the shipped model.
HELDOUT_GSD_DEV = slice(0, 400)
HELDOUT_PUD = slice(0, 500)
# Features an APPRART token keeps from its article part.
_APPRART_FEATURES = ("Case", "Gender", "Number")


@dataclass(frozen=True)
class GoldSentence:
    """One CoNLL-U sentence as surface tokens (multiword tokens merged)."""

    text: str
    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    upos: tuple[str, ...]
    tags: tuple[str, ...]
    lemmas: tuple[str, ...]
    feats: tuple[str, ...]
    heads: tuple[int, ...]  # index of the head token in this sentence; the root points to itself
    deps: tuple[str, ...]


def normalise_tag(tag: str) -> str:
    """Return the STTS tag in TIGER spelling (``PAV`` -> ``PROAV``)."""
    return _TAG_ALIASES.get(tag, tag)


def _feats_dict(feats: str) -> dict[str, str]:
    if not feats or feats == "_":
        return {}
    return dict(part.split("=", 1) for part in feats.split("|") if "=" in part)


def _feats_str(feats: dict[str, str]) -> str:
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items()))


def _merge(parts: list[list[str]], form: str) -> dict:
    """Merge the syntactic words of one multiword token into one surface token."""
    first = parts[0]
    tags = [p[4] for p in parts]
    if [p[3] for p in parts[:2]] == ["ADP", "DET"]:  # im, zum, vom: preposition + article
        article = _feats_dict(parts[1][5])
        feats = {k: v for k, v in article.items() if k in _APPRART_FEATURES}
        tag = "APPRART" if tags[:2] == ["APPR", "ART"] else tags[0]
    else:
        feats = _feats_dict(first[5])
        tag = first[4]
    return {"form": form, "upos": first[3], "tag": tag, "lemma": first[2],
            "feats": _feats_str(feats), "ids": [p[0] for p in parts],
            "head": first[6], "dep": first[7]}


def _sentence(lines: list[str], text: str) -> GoldSentence | None:
    rows = [line.split("\t") for line in lines]
    rows = [r for r in rows if len(r) == 10 and "." not in r[0]]  # drop empty nodes (1.1)
    tokens: list[dict] = []
    spaces: list[bool] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        if "-" in row[0]:
            start, end = (int(x) for x in row[0].split("-"))
            parts = rows[i + 1:i + 1 + end - start + 1]
            tokens.append(_merge(parts, row[1]))
            spaces.append("SpaceAfter=No" not in row[9])
            i += 1 + len(parts)
            continue
        tokens.append({"form": row[1], "upos": row[3], "tag": row[4], "lemma": row[2],
                       "feats": _feats_str(_feats_dict(row[5])), "ids": [row[0]],
                       "head": row[6], "dep": row[7]})
        spaces.append("SpaceAfter=No" not in row[9])
        i += 1
    if not tokens:
        return None
    index = {wid: n for n, tok in enumerate(tokens) for wid in tok["ids"]}
    heads = tuple(n if tok["head"] in ("0", "_") else index.get(tok["head"], n)
                  for n, tok in enumerate(tokens))
    return GoldSentence(
        text=text,
        words=tuple(t["form"] for t in tokens),
        spaces=tuple(spaces),
        upos=tuple(t["upos"] for t in tokens),
        tags=tuple(normalise_tag(t["tag"]) for t in tokens),
        lemmas=tuple(t["lemma"] for t in tokens),
        feats=tuple(t["feats"] for t in tokens),
        heads=heads,
        deps=tuple(t["dep"] for t in tokens),
    )


def harmonise_pud(sent: GoldSentence) -> GoldSentence:
    """Rewrite PUD's verb and adverb features in GSD's conventions.

    PUD leaves out ``VerbForm`` (GSD: ``Fin`` on finite verbs, ``Part`` on participles, which
    carry no ``Tense``, ``Inf`` on infinitives) and gives adverbs ``Degree=Pos``, which GSD does
    not. Its nominal features (Case, Gender, Number) already agree. The XPOS column (English-style
    tags: VBC finite, VBN participle, VB infinitive) tells the verb forms apart.
    """
    feats = []
    for upos, tag, raw in zip(sent.upos, sent.tags, sent.feats, strict=True):
        f = _feats_dict(raw)
        if upos in ("VERB", "AUX"):
            if tag == "VBC":
                f["VerbForm"] = "Fin"
            elif tag == "VBN":
                f.pop("Tense", None)
                f["VerbForm"] = "Part"
            elif tag == "VB":
                f["VerbForm"] = "Inf"
        elif upos == "ADV" and f.get("Degree") == "Pos":
            del f["Degree"]
        feats.append(_feats_str(f))
    return replace(sent, feats=tuple(feats))


def read_conllu(path: str | Path) -> Iterator[GoldSentence]:
    """Yield the sentences of a CoNLL-U file as surface tokens."""
    lines: list[str] = []
    text = ""
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = "):]
            elif line.startswith("#"):
                continue
            elif line.strip():
                lines.append(line)
            else:
                if lines:
                    sent = _sentence(lines, text)
                    if sent is not None:
                        yield sent
                lines, text = [], ""
    if lines:
        sent = _sentence(lines, text)
        if sent is not None:
            yield sent


def is_stts(sentences: Iterable[GoldSentence]) -> bool:
    """Tell whether the XPOS column holds STTS (GSD) rather than English-style tags (PUD)."""
    seen: set[str] = set()
    for sent in sentences:
        seen.update(sent.tags)
    return bool(seen & _STTS_MARKERS) and not seen & _PTB_MARKERS


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2),
            "support": tp + fn}


def score_docs(gold: list[GoldSentence], docs: list[Doc], stts: bool = True) -> dict:
    """Compare predicted ``docs`` with ``gold`` sentences (same words) and return the scores."""
    n = 0
    right: Counter[str] = Counter()
    feat_acc: Counter[str] = Counter()
    feat_n: Counter[str] = Counter()
    counts = {key: Counter() for key in (*FEATURES, *VALUES)}  # tp/fp/fn
    has_parse = False
    for sent, doc in zip(gold, docs, strict=True):
        has_parse = has_parse or doc.has_annotation("DEP")
        for i, tok in enumerate(doc):
            n += 1
            right["upos"] += tok.pos_ == sent.upos[i]
            right["tag"] += tok.tag_ == sent.tags[i]
            right["lemma"] += tok.lemma_ == sent.lemmas[i]
            gold_feats = _feats_dict(sent.feats[i])
            pred_feats = tok.morph.to_dict()
            right["morph"] += pred_feats == gold_feats
            if has_parse:
                head_ok = tok.head.i - doc[0].i == sent.heads[i]
                right["head"] += head_ok
                right["las"] += head_ok and tok.dep_.lower() == sent.deps[i].lower()
            for feat in FEATURES:
                g, p = gold_feats.get(feat), pred_feats.get(feat)
                if g is not None:
                    feat_n[feat] += 1
                    feat_acc[feat] += g == p
                c = counts[feat]
                if g is not None and g == p:
                    c["tp"] += 1
                else:
                    c["fp"] += p is not None
                    c["fn"] += g is not None
            for value in VALUES:
                feat, val = value.split("=")
                g, p = gold_feats.get(feat) == val, pred_feats.get(feat) == val
                counts[value]["tp"] += g and p
                counts[value]["fp"] += p and not g
                counts[value]["fn"] += g and not p
    pct = {key: round(100 * right[key] / n, 2) if n else 0.0 for key in right}
    scores: dict = {"tokens": n, "sentences": len(gold), "upos": pct.get("upos", 0.0),
                    "tag": pct.get("tag", 0.0) if stts else None,
                    "lemma": pct.get("lemma", 0.0), "morph": pct.get("morph", 0.0)}
    if has_parse:
        scores["uas"] = pct.get("head", 0.0)
        scores["las"] = pct.get("las", 0.0)
    scores["features"] = {
        feat: {"acc": round(100 * feat_acc[feat] / feat_n[feat], 2) if feat_n[feat] else None,
               **_prf(counts[feat]["tp"], counts[feat]["fp"], counts[feat]["fn"])}
        for feat in FEATURES
    }
    scores["values"] = {v: _prf(counts[v]["tp"], counts[v]["fp"], counts[v]["fn"])
                        for v in VALUES}
    return scores


def gold_docs(nlp: Language, gold: Iterable[GoldSentence]) -> Iterator[Doc]:
    """Yield unannotated Docs with the gold words and spaces of each sentence."""
    for sent in gold:
        yield Doc(nlp.vocab, words=list(sent.words), spaces=list(sent.spaces))


def score_conllu(path: str | Path, nlp: Language | None = None,
                 annotate: Callable[[Iterable[Doc]], Iterable[Doc]] | None = None,
                 select: slice | None = None, harmonise: bool | None = None) -> dict:
    """Run the ``lb_morph`` component over a CoNLL-U file and return its scores.

    ``nlp`` defaults to a lagebild pipeline with only ``lb_morph``; ``annotate`` replaces the
    pipeline run (it gets the gold-word Docs and yields annotated Docs), which is how other
    taggers (HanTa) are measured on the same footing. ``select`` keeps a slice of the
    sentences (:data:`HELDOUT_GSD_DEV`, :data:`HELDOUT_PUD` for the held-out parts).
    ``harmonise`` (default: when the XPOS column is not STTS, as in PUD) applies
    :func:`harmonise_pud` so that verb features are scored in the model's conventions.
    """
    gold = list(read_conllu(path))[select or slice(None)]
    if harmonise is None:
        harmonise = not is_stts(gold)
    if harmonise:
        gold = [harmonise_pud(sent) for sent in gold]
    if nlp is None:
        from lagebild.pipeline import build_pipeline

        nlp = build_pipeline(["lb_morph"])
    docs = gold_docs(nlp, gold)
    annotated = list(annotate(docs) if annotate else nlp.pipe(docs))
    return score_docs(gold, annotated, stts=is_stts(gold))
