"""Choose a decoding bias for the NER's entity-opening actions by cross-validation.

    # search: fold models of the shipped configuration (cv.py), pipeline scored on each held-out fold
    .venv/bin/python training/ner/cv.py --name ship_s1 --folds 0,1,2 --work training/work/ner-cv \
        -- --vectors-from models/ner-de --seed 1                      # (and seeds 0, 2)
    .venv/bin/python training/ner/calibrate.py search --cv training/work/ner-cv/ship_s0 \
        --cv training/work/ner-cv/ship_s1 --cv training/work/ner-cv/ship_s2
    # store a value with a model (meta.json, applied by lagebild.nlp.entities.load_model;
    # train.py rewrites meta.json, so apply again after a rebuild; all 0 removes it)
    .venv/bin/python training/ner/calibrate.py apply models/ner-de --delta ORG=-0.5
    # one label's curve on top of the shipped values, with a rule of lb_entities turned off
    .venv/bin/python training/ner/calibrate.py search --cv … --base ORG=-0.5 --grid 0,0.5,1,1.5 \
        --rule-off KB_PLACE_NOT_PERSON

The greedy transition parser picks, at each token outside a name, between ``O`` and the ``B-``/``U-``
actions of each label; adding ``delta[label]`` to the scores of that label's opening actions makes
it open more (or, negative, fewer) names of that label. The model was trained to precision above
recall, so a positive value may trade some precision for more recall at no run-time cost.

``search`` scores the extract-equivalent pipeline (``evaluate_pipeline``, ``*deriv``/``*part``
counted neither way, as on the withheld test) of every fold model on its own held-out fold for a
grid of one global value and of one value per label (the other labels at 0), pooling counts
over the folds; the per-label choice is the best value of each label's curve, scored together. Fold models never saw their fold, so no number comes from
data a model was trained on. Because choosing among many values on the same folds is optimistic
in itself, the search is also nested: for each fold, the value is chosen on the other folds and
scored on that one (``nested`` in the report), which is the honest estimate of the gain.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from pipeline_eval import build  # noqa: E402  (sets the BLAS thread variables first)

from lagebild.eval.ner import LABELS, evaluate_pipeline, format_table, prf, read_germeval  # noqa: E402
from lagebild.nlp import entities  # noqa: E402
from lagebild.nlp.entities import OPEN_BIAS_KEY, set_open_bias  # noqa: E402

RULE_FLAGS = ("KB_PLACE_NOT_PERSON", "PER_COMPOUND_NOT_NAME", "RUN_ON_NAMES", "ROLE_THEN_NAME",
              "KB_ORG_NOT_PERSON", "ABBREVIATION_INITIALS", "ROLE_NOT_IN_PERSON",
              "LOWER_MISC_NEEDS_SCH")
GRID = (-3.0, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0)


def pool(scores: list[dict]) -> dict:
    """Micro-average: add the counts of several score dicts."""
    per = {}
    for lab in LABELS:
        per[lab] = prf(*[sum(s["per_label"].get(lab, {}).get(k, 0) for s in scores)
                         for k in ("tp", "pred", "gold")])
    return {"overall": prf(*[sum(s["overall"][k] for s in scores) for k in ("tp", "pred", "gold")]),
            "per_label": per}


class Units:
    """Fold models with their held-out sentences; scores memoised per (unit, delta)."""

    def __init__(self, cv_dirs: list[Path], folds: list[int], gold: Path,
                 base: dict[str, float] | None = None) -> None:
        sents = read_germeval(gold)
        self.base = base or {}  # added to every delta tried (the values already shipped)
        self.units = []  # (fold, model path, sentences, pipeline)
        for cv in cv_dirs:
            for k in folds:
                path = str(cv / f"fold{k}")
                self.units.append((k, path, [s for s in sents if s.index % 5 == k], build(path)))
        self.cache: dict[tuple, dict] = {}
        self.calls = 0

    def score(self, i: int, delta: tuple[float, ...]) -> dict:
        key = (i, delta)
        if key not in self.cache:
            _, path, held, nlp = self.units[i]
            # the pipeline's own model (load_model's cache holds only a few)
            set_open_bias(nlp.get_pipe("lb_entities").model,
                          {lab: d + self.base.get(lab, 0.0) for lab, d in zip(LABELS, delta)})
            self.cache[key] = evaluate_pipeline(held, nlp, ignore_derived=True)
            self.calls += 1
        return self.cache[key]

    def pooled(self, idx: list[int], delta: tuple[float, ...]) -> dict:
        return pool([self.score(i, delta) for i in idx])


def zero() -> tuple[float, ...]:
    return (0.0,) * len(LABELS)


def one_label(j: int, v: float) -> tuple[float, ...]:
    d = list(zero())
    d[j] = v
    return tuple(d)


def select(units: Units, idx: list[int], grid: tuple[float, ...]) -> dict:
    """On the units ``idx``: the best global value, and per label the value that maximises the
    pooled overall F1 when only that label moves (the others at 0; labels barely interact, and
    the combination is scored as a whole afterwards). Ties go to the value nearer 0."""
    def best(f1: dict) -> float:
        return max(f1, key=lambda d: (round(f1[d], 6), -abs(d)))
    f1 = {d: units.pooled(idx, (d,) * len(LABELS))["overall"]["f1"] for d in grid}
    per = []
    for j in range(len(LABELS)):
        per.append(best({v: units.pooled(idx, one_label(j, v))["overall"]["f1"] for v in grid}))
    return {"global": best(f1), "global_f1": f1[best(f1)], "label": tuple(per),
            "label_f1": units.pooled(idx, tuple(per))["overall"]["f1"]}


def _row(sc: dict, lab: str | None = None) -> str:
    o = sc["overall"]
    s = f"P {o['p']:.2f} R {o['r']:.2f} F1 {o['f1']:.2f}"
    if lab:
        x = sc["per_label"][lab]
        s += f"   {lab} P {x['p']:.1f} R {x['r']:.1f} F1 {x['f1']:.1f}"
    return s


def search(args) -> int:
    t0 = time.time()
    folds = [int(f) for f in args.folds.split(",")]
    for flag in args.rule_off:
        setattr(entities, flag, False)
    base = parse_delta(args.base)
    units = Units([Path(c) for c in args.cv], folds, Path(args.gold), base)
    grid = tuple(float(g) for g in args.grid.split(","))
    everything = list(range(len(units.units)))
    report: dict = {"cv": args.cv, "folds": folds, "grid": grid, "measure":
                    "evaluate_pipeline(..., ignore_derived=True): extract-equivalent doc.ents, "
                    "strict character spans, *deriv/*part counted neither way",
                    "global": {}, "per_label": {}, "base": base,
                    "rules_off": args.rule_off}
    for d in grid:
        sc = units.pooled(everything, (d,) * len(LABELS))
        report["global"][d] = sc
        print(f"global {d:+.1f}: {_row(sc)}  " + " ".join(
            f"{lab} {sc['per_label'][lab]['f1']:.1f}" for lab in LABELS), flush=True)
    for j, lab in enumerate(LABELS):
        report["per_label"][lab] = {}
        for v in grid:
            sc = units.pooled(everything, one_label(j, v))
            report["per_label"][lab][v] = sc
            print(f"{lab:4s} {v:+.1f}: {_row(sc, lab)}", flush=True)
    chosen = select(units, everything, grid)
    report["chosen"] = chosen
    report["chosen_scores"] = units.pooled(everything, tuple(chosen["label"]))
    print(f"chosen on all folds: global {chosen['global']:+.1f} (F1 {chosen['global_f1']:.2f}); "
          f"per label {dict(zip(LABELS, chosen['label']))} (F1 {chosen['label_f1']:.2f})")
    print(format_table(report["chosen_scores"]))
    # nested: choose on the other folds, score on this one
    base, glob, lab = [], [], []
    nested = {}
    for k in folds:
        test = [i for i, u in enumerate(units.units) if u[0] == k]
        train = [i for i, u in enumerate(units.units) if u[0] != k]
        ch = select(units, train, grid)
        nested[k] = {"global": ch["global"], "label": ch["label"]}
        base += [units.score(i, zero()) for i in test]
        glob += [units.score(i, (ch["global"],) * len(LABELS)) for i in test]
        lab += [units.score(i, tuple(ch["label"])) for i in test]
    report["nested"] = {"choices": nested, "baseline": pool(base), "global": pool(glob),
                        "label": pool(lab)}
    for name in ("baseline", "global", "label"):
        print(f"nested {name:8s}: {_row(report['nested'][name])}")
    print(f"nested choices: {nested}")
    # per unit (fold model) at the chosen values, for the spread
    report["units"] = [{"fold": u[0], "model": u[1],
                        "baseline": units.score(i, zero())["overall"],
                        "chosen": units.score(i, tuple(chosen["label"]))["overall"]}
                       for i, u in enumerate(units.units)]
    for r in report["units"]:
        print(f"{r['model']}: F1 {r['baseline']['f1']:.2f} -> {r['chosen']['f1']:.2f}")
    report["seconds"] = round(time.time() - t0)
    report["evaluations"] = units.calls
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1))
    print(f"{units.calls} pipeline runs, {report['seconds']} s -> {args.out}")
    return 0


def parse_delta(text: str) -> dict[str, float]:
    """``"PER=1.5,ORG=-0.5"`` -> ``{"PER": 1.5, "ORG": -0.5}``."""
    delta = {}
    for part in filter(None, text.split(",")):
        lab, val = part.split("=")
        if lab not in LABELS:
            raise SystemExit(f"unknown label {lab}")
        delta[lab] = float(val)
    return delta


def apply(args) -> int:
    meta_path = Path(args.model) / "meta.json"
    meta = json.loads(meta_path.read_text())
    delta = parse_delta(args.delta)
    if all(v == 0 for v in delta.values()):
        meta.pop(OPEN_BIAS_KEY, None)
    else:
        meta[OPEN_BIAS_KEY] = {
            "delta": delta,
            "_comment": "Added at load time (lagebild.nlp.entities.load_model) to the scores of the "
                        "B-/U- actions of each label: greedy decoding opens more (positive) or "
                        "fewer (negative) names of that label. Chosen by cross-validation on fold models of the shipped "
                        "configuration (training/ner/calibrate.py; MODEL_CARD.md). Remove the key "
                        "to decode with the trained weights alone.",
            "note": args.note}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    print(f"{meta_path}: {OPEN_BIAS_KEY} = {meta.get(OPEN_BIAS_KEY, {}).get('delta')}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("search")
    s.add_argument("--cv", action="append", required=True,
                   help="a cv.py work directory with fold<k>/ models (repeat for more seeds)")
    s.add_argument("--folds", default="0,1,2")
    s.add_argument("--grid", default=",".join(map(str, GRID)))
    s.add_argument("--gold", default=str(ROOT.parent / "shared" / "data" / "germeval2014" /
                                          "NER-de-dev.tsv"))
    s.add_argument("--out", default=str(ROOT / "training" / "work" / "calibrate.json"))
    s.add_argument("--base", default="", help="LABEL=value,... added to every value tried "
                   "(search one label on top of the shipped values: ORG=-0.5)")
    s.add_argument("--rule-off", action="append", default=[], choices=RULE_FLAGS,
                   help="turn a rule of lb_entities off (its flag in lagebild.nlp.entities)")
    a = sub.add_parser("apply")
    a.add_argument("model")
    a.add_argument("--delta", required=True, help="LABEL=value,... (all 0: remove)")
    a.add_argument("--note", default="")
    args = ap.parse_args(argv)
    return search(args) if args.cmd == "search" else apply(args)


if __name__ == "__main__":
    raise SystemExit(main())
