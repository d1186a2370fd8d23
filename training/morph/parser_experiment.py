"""Experiment (nothing shipped): a small dependency parser on the morph-de tok2vec.

Trains the models/morph-de architecture plus a transition-based parser (hidden width 64) on the
gold sentences of the same split (no silver: it has no trees), then reports UAS/LAS and the
parser's speed on the held-out sentences. The parser is not shipped: see the model card.

    .venv/bin/python training/morph/parser_experiment.py [--max-steps 2000]

Writes ``training/work/morph-parser/`` (gitignored) and prints the scores as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from train import DEV_SENTENCES, gold_doc  # noqa: E402

from lagebild.eval.morph import (  # noqa: E402
    HELDOUT_GSD_DEV,
    HELDOUT_PUD,
    gold_docs,
    harmonise_pud,
    read_conllu,
    score_docs,
)

PARSER = {
    "factory": "parser", "learn_tokens": False, "min_action_freq": 30, "moves": None,
    "update_with_oracle_cut_size": 100,
    "model": {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "parser",
              "extra_state_tokens": False, "hidden_width": 64, "maxout_pieces": 2,
              "use_upper": True, "nO": None,
              "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1",
                          "width": "${components.tok2vec.model.encode.width}", "upstream": "*"}},
}


def main(argv: list[str] | None = None) -> int:
    """Train the tagger+parser experiment and print held-out UAS/LAS and parser speed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=REPO / "training" / "work" / "morph-parser")
    parser.add_argument("--max-steps", type=int, default=2000)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    ud = args.data / "ud-german"
    vocab = spacy.blank("de").vocab
    gsd_dev = list(read_conllu(ud / "de_gsd-ud-dev.conllu"))
    gsd_test = list(read_conllu(ud / "de_gsd-ud-test.conllu"))
    pud = [harmonise_pud(s) for s in read_conllu(ud / "de_pud-ud-test.conllu")]
    held_gsd = set(range(len(gsd_dev))[HELDOUT_GSD_DEV])
    held_pud = set(range(len(pud))[HELDOUT_PUD])
    train = DocBin()
    for i, sent in enumerate(gsd_dev):
        if i not in held_gsd:
            train.add(gold_doc(vocab, sent, with_parse=True))
    for sent in gsd_test[:-DEV_SENTENCES]:
        train.add(gold_doc(vocab, sent, with_parse=True))
    for i, sent in enumerate(pud):
        if i not in held_pud:
            train.add(gold_doc(vocab, sent, with_parse=True, stts=False))
    train.to_disk(args.work / "train.spacy")
    DocBin(docs=[gold_doc(vocab, s, with_parse=True) for s in gsd_test[-DEV_SENTENCES:]]).to_disk(
        args.work / "dev.spacy")

    config = spacy.util.load_config(HERE / "config.cfg", interpolate=False)
    config["nlp"]["pipeline"] = [*config["nlp"]["pipeline"], "parser"]
    config["components"]["parser"] = PARSER
    config["training"]["score_weights"]["dep_las"] = 0.5
    config.to_disk(args.work / "config.cfg")
    from spacy.cli.train import train as spacy_train

    spacy_train(args.work / "config.cfg", args.work / "output",
                overrides={"paths.train": str(args.work / "train.spacy"),
                           "paths.dev": str(args.work / "dev.spacy"),
                           "training.max_steps": args.max_steps})
    nlp = spacy.load(args.work / "output" / "model-best")
    result = {}
    for name, gold in (("gsd_dev_heldout", gsd_dev[HELDOUT_GSD_DEV]),
                       ("pud_test_heldout", pud[HELDOUT_PUD])):
        docs = list(nlp.pipe(gold_docs(nlp, gold)))
        scores = score_docs(gold, docs, stts=name.startswith("gsd"))
        result[name] = {"uas": scores.get("uas"), "las": scores.get("las"), "tokens": scores["tokens"]}
    docs = [d for d in gold_docs(nlp, pud[HELDOUT_PUD])]
    for pipe_name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer"):
        docs = list(nlp.get_pipe(pipe_name).pipe(docs))
    started = time.process_time()
    docs = list(nlp.get_pipe("parser").pipe(docs))
    result["parser_tokens_per_s_cpu"] = round(sum(len(d) for d in docs)
                                              / (time.process_time() - started))
    print(json.dumps(result, indent=2))
    (args.work / "scores.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
