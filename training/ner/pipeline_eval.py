"""Score the extract-equivalent pipeline on GermEval-style sentences (character-offset spans).

    .venv/bin/python training/ner/pipeline_eval.py [--model models/ner-de] [--fold 4] [--no-rules]

Every component that touches ``doc.ents`` runs as in ``lagebild extract``: the pipeline's own
tokenizer and sentences, lb_morph, lb_entities, lb_actors and lb_coref, on the sentence text
(tokens joined by spaces). A predicted entity counts only with the exact character offsets and
the label of a gold span; ``--model-only`` scores lb_entities on the same text instead.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lagebild.eval.ner import (Sentence, format_table, read_germeval, score_spans,  # noqa: E402
                               spans_from_bio)

EXTRACT_COMPONENTS = ("lb_sentences", "lb_morph", "lb_entities", "lb_actors", "lb_coref")


def build(model_path: str | None, components=EXTRACT_COMPONENTS, derived_misc: bool = True):
    """The extract pipeline up to lb_coref, with ``model_path`` as the NER model."""
    import spacy

    from lagebild.nlp.extensions import register_extensions
    from lagebild.nlp.tokenizer import customize_tokenizer
    register_extensions()
    nlp = customize_tokenizer(spacy.blank("de"))
    for name in components:
        if name == "lb_entities":
            nlp.add_pipe(name, config={"model_path": model_path, "derived_misc": derived_misc})
        else:
            nlp.add_pipe(name)
    return nlp


def char_spans(sent: Sentence) -> tuple[str, set[tuple[int, int, str]]]:
    """The sentence text (tokens joined by one space) and its gold spans as character offsets."""
    starts, pos = [], 0
    for w in sent.words:
        starts.append(pos)
        pos += len(w) + 1
    text = " ".join(sent.words)
    gold = {(starts[s], starts[e - 1] + len(sent.words[e - 1]), lab)
            for s, e, lab in spans_from_bio(sent.tags)}
    return text, gold


def score_pipeline(sents: list[Sentence], model_path: str | None = None,
                   components=EXTRACT_COMPONENTS, derived_misc: bool = True) -> dict:
    """Strict character-span scores of the pipeline's ``doc.ents`` on ``sents``."""
    nlp = build(model_path, components, derived_misc)
    texts, golds = zip(*(char_spans(s) for s in sents), strict=True)
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.dct = None
        docs.append(doc)
    preds = []
    for doc in nlp.pipe(docs, batch_size=64):
        preds.append({(e.start_char, e.end_char, e.label_) for e in doc.ents})
    scores = score_spans(golds, preds)
    scores["components"] = list(components)
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "data" / "germeval2014" /
                                          "NER-de-dev.tsv"))
    ap.add_argument("--fold", type=int, default=4, help="sentence index %% 5 (-1: all)")
    ap.add_argument("--model-only", action="store_true", help="lb_entities alone")
    ap.add_argument("--no-rules", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sents = read_germeval(args.gold)
    if args.fold >= 0:
        sents = [s for s in sents if s.index % 5 == args.fold]
    comps = ("lb_entities",) if args.model_only else EXTRACT_COMPONENTS
    scores = score_pipeline(sents, args.model, comps, not args.no_rules)
    print(json.dumps(scores) if args.json else format_table(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
