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

from lagebild.eval.ner import (EXTRACT_COMPONENTS, Sentence, evaluate_pipeline,  # noqa: E402
                               format_table, read_germeval)


def build(model_path: str | None, components=EXTRACT_COMPONENTS, derived_misc: bool = True):
    """The extract pipeline up to lb_coref, with ``model_path`` as the NER model."""
    import spacy

    from lagebild.nlp.extensions import register_extensions
    from lagebild.nlp.tokenizer import customize_tokenizer
    register_extensions()
    nlp = customize_tokenizer(spacy.blank("de"))
    for name in components:
        if name == "lb_entities":
            nlp.add_pipe(name, config={"model_path": model_path, "derived_misc": derived_misc,
                                       "descriptors": derived_misc})
        else:
            nlp.add_pipe(name)
    return nlp


def score_pipeline(sents: list[Sentence], model_path: str | None = None,
                   components=EXTRACT_COMPONENTS, derived_misc: bool = True) -> dict:
    """Strict character-span scores of the pipeline's ``doc.ents`` on ``sents``."""
    scores = evaluate_pipeline(sents, build(model_path, components, derived_misc))
    scores["components"] = list(components)
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "data" / "germeval2014" /
                                          "NER-de-dev.tsv"))
    ap.add_argument("--fold", type=int, default=4, help="sentence index %% 5 (-1: all)")
    ap.add_argument("--model-only", action="store_true", help="lb_entities alone")
    ap.add_argument("--no-rules", action="store_true",
                    help="without lb_entities' list and descriptor rules")
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
