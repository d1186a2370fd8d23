"""Cross-validation over GermEval 2014 dev folds (sentence index % 5) for NER variants.

    .venv/bin/python training/ner/cv.py --name vec64 --folds 0,1,2 -- --vectors 64 --epochs 8

Trains ``train.py`` once per fold with the given extra arguments (each fold held out in turn,
with ``--pipeline-eval``), then sums the counts over folds (micro-average) for the model alone
and for the extract-equivalent pipeline. Results go to ``<work>/<name>/cv.json``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from lagebild.eval.ner import LABELS, format_table, prf  # noqa: E402


def pool(score_list: list[dict]) -> dict:
    """Micro-average: add the counts of several score dicts."""
    per = {}
    for lab in LABELS:
        c = [sum(s["per_label"].get(lab, {}).get(k, 0) for s in score_list)
             for k in ("tp", "pred", "gold")]
        per[lab] = prf(*c)
    total = [sum(s["overall"][k] for s in score_list) for k in ("tp", "pred", "gold")]
    return {"overall": prf(*total), "per_label": per}


def rescore(out: Path, fold: int, report: Path | None = None) -> None:
    """Score an exported fold model whose run ended before writing training.json (or an epoch
    snapshot written by ``train.py --save-epochs``, into ``report``)."""
    import spacy
    from spacy.tokens import Doc

    sys.path.insert(0, str(HERE))
    from data import germeval_split
    from pipeline_eval import score_pipeline

    from lagebild.eval.ner import score_spans, spans_from_bio
    from lagebild.nlp.entities import features  # noqa: F401
    _, held = germeval_split(HERE.parents[2] / "shared" / "data", fold)
    ner = spacy.load(out).get_pipe("ner")
    docs = ner.pipe([Doc(ner.vocab, words=s.words) for s in held], batch_size=256)
    pred = [{(e.start, e.end, e.label_) for e in d.ents} for d in docs]
    rep = {"heldout": score_spans([spans_from_bio(s.tags) for s in held], pred),
           "heldout_pipeline": score_pipeline(held, str(out)), "history": [],
           "rescored": True}
    (report or out / "training.json").write_text(json.dumps(rep, indent=1))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--name", required=True)
    ap.add_argument("--folds", default="0,1,2")
    ap.add_argument("--work", default="/tmp/ner-cv")
    ap.add_argument("--epoch", type=int, default=0,
                    help="score the epoch-N snapshots (train.py --save-epochs) instead of the "
                         "kept model: model alone and the pipeline, rules included")
    args = ap.parse_args(argv)
    base = Path(args.work) / args.name
    base.mkdir(parents=True, exist_ok=True)
    model, pipe, per_fold, histories = [], [], {}, []
    for fold in [int(f) for f in args.folds.split(",")]:
        out = base / f"fold{fold}"
        report = out / "training.json"
        if not report.exists():
            cmd = [sys.executable, str(HERE / "train.py"), "--out", str(out), "--fold", str(fold),
                   "--pipeline-eval", *extra]
            with open(base / f"fold{fold}.log", "w") as logf:
                subprocess.run(cmd, check=True, stdout=logf, stderr=subprocess.STDOUT)
        if not report.exists() and (out / "config.cfg").exists():
            rescore(out, fold)
        if args.epoch:
            snap = out / f"epoch{args.epoch}"
            report = snap / "scores.json"
            if not report.exists():
                rescore(snap, fold, report)
        rep = json.loads(report.read_text())
        model.append(rep["heldout"])
        histories.append(rep["history"])
        pipe.append(rep["heldout_pipeline"])
        per_fold[fold] = {"model": rep["heldout"]["overall"]["f1"],
                          "pipeline": rep["heldout_pipeline"]["overall"]["f1"]}
    histories = [h for h in histories if h]
    n_ep = min((len(h) for h in histories), default=0)
    by_epoch = {e + 1: pool([h[e]["scores"] for h in histories])["overall"]["f1"]
                for e in range(n_ep)}
    summary = {"name": args.name, "args": extra, "epoch": args.epoch or "kept", "folds": per_fold,
               "model": pool(model), "pipeline": pool(pipe), "model_f1_by_epoch": by_epoch}
    (base / (f"cv_epoch{args.epoch}.json" if args.epoch else "cv.json")).write_text(
        json.dumps(summary, indent=1))
    print(f"== {args.name} {' '.join(extra)}  per fold {per_fold}")
    print(f"model F1 by epoch (pooled): {by_epoch}")
    print("model alone:\n" + format_table(summary["model"]))
    print("pipeline:\n" + format_table(summary["pipeline"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
