"""Train the event candidate filter (``models/events-filter/model.json``) from labelled candidates.

    python training/events_filter/train.py --cv 5                    # cross-validated AUC only
    python training/events_filter/train.py --threshold 0.3 --write   # train on all, write the model

Inputs: ``training/work/events_filter/candidates.jsonl`` (``candidates.py``: sentence text and
candidate) and the labels ``training/events_filter/labels.tsv`` (``id<TAB>label``: ``Y`` = an event
of the predicted type, ``N`` = no event, a type name = an event of that other type; only ``Y``
is positive). The model is L2-regularised logistic regression over the features of
:func:`lagebild.nlp.events.filter.features`, fitted by Adagrad; weights under 1e-3 are dropped.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from lagebild.nlp.events.filter import MODEL_NAME, EventFilter, features  # noqa: E402

WORK = REPO / "training" / "work" / "events_filter"
LABELS = Path(__file__).with_name("labels.tsv")
TYPES = frozenset("""AGREE AID ASSAULT COERCE CONCEDE CONSULT COOPERATE DEMAND DISAPPROVE MOBILIZE
    PROTEST REJECT RETREAT SANCTION SUPPORT THREATEN""".split())
_CODE = re.compile(r"^[A-Z0-9-]{3,}$")


def read_labels(path: Path = LABELS) -> dict[str, str]:
    """id -> label from a labels file (``#`` lines are comments); raises on an unknown label."""
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cid, label = line.split("\t")[:2]
        label = label.strip()
        if label not in ("Y", "N") and label not in TYPES:
            raise ValueError(f"{path}:{n}: unknown label {label!r}")
        out[cid] = label
    return out


def _actor(value: str) -> dict:
    """A stored actor string as the event dict holds it (a code, else a name)."""
    return {"actor_code": value} if _CODE.match(value or "") else {"name": value}


def examples(cands: Path, labels: dict[str, str]) -> list[tuple[list[str], int, str]]:
    """(features, 1 if Y else 0, corpus) for every labelled candidate."""
    out = []
    for line in cands.read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        if c["id"] not in labels:
            continue
        ev = dict(c, source=[_actor(a) for a in c["source"]], target=[_actor(a) for a in c["target"]])
        a, b = c["trigger"]
        out.append((features(c["text"], a, b, ev), int(labels[c["id"]] == "Y"), c["id"].split(":")[0]))
    return out


def fit(data: list[tuple[list[str], int, str]], l2: float = 1e-3, epochs: int = 30, lr: float = 0.5,
        seed: int = 0) -> dict[str, float]:
    """Logistic regression by Adagrad over the examples; returns feature -> weight."""
    index = {f: k for k, f in enumerate(sorted({f for feats, _, _ in data for f in feats}))}
    rows = [(np.array([index[f] for f in set(feats)]), y) for feats, y, _ in data]
    w = np.zeros(len(index))
    g2 = np.full(len(index), 1e-8)
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for k in order:
            idx, y = rows[k]
            p = 1.0 / (1.0 + np.exp(-np.clip(w[idx].sum(), -30, 30)))
            grad = (p - y) + l2 * w[idx]
            g2[idx] += grad * grad
            w[idx] -= lr * grad / np.sqrt(g2[idx])
    names = sorted(index, key=index.get)
    return {f: round(float(w[k]), 4) for k, f in enumerate(names) if abs(w[k]) >= 1e-3}


def score(weights: dict[str, float], feats: list[str]) -> float:
    """The model's probability for one example, as lb_events computes it."""
    return EventFilter(weights, 0.0).probability(feats)


def auc(pairs: list[tuple[float, int]]) -> float:
    """Area under the ROC curve of (score, label) pairs."""
    pos = [s for s, y in pairs if y]
    neg = [s for s, y in pairs if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def cross_validate(data, folds: int, **kw) -> list[tuple[float, int, str]]:
    """Out-of-fold (score, label, corpus) for every example."""
    out = []
    for k in range(folds):
        train = [d for n, d in enumerate(data) if n % folds != k]
        test = [d for n, d in enumerate(data) if n % folds == k]
        w = fit(train, **kw)
        out += [(score(w, f), y, c) for f, y, c in test]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--candidates", type=Path, default=WORK / "candidates.jsonl")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--cv", type=int, default=0, help="report K-fold cross-validated AUC")
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--threshold", type=float, default=0.3)
    ap.add_argument("--write", action="store_true", help="train on all labels and write the model")
    args = ap.parse_args()
    labels = read_labels(args.labels)
    data = examples(args.candidates, labels)
    print(f"{len(data)} labelled candidates, {sum(y for _, y, _ in data)} positive; "
          f"labels {dict(Counter(labels.values()).most_common(6))}", file=sys.stderr)
    if args.cv:
        oof = cross_validate(data, args.cv, l2=args.l2, epochs=args.epochs)
        print(f"{args.cv}-fold AUC {auc([(s, y) for s, y, _ in oof]):.3f}", file=sys.stderr)
        for corpus in sorted({c for _, _, c in oof}):
            part = [(s, y) for s, y, c in oof if c == corpus]
            print(f"  {corpus:10} n={len(part):4} pos={sum(y for _, y in part):4} AUC {auc(part):.3f}",
                  file=sys.stderr)
        for th in (0.1, 0.2, 0.3, 0.4, 0.5):
            kept = [(s, y) for s, y, _ in oof if s >= th]
            tp = sum(y for _, y in kept)
            pos = sum(y for _, y, _ in oof)
            print(f"  threshold {th}: keeps {len(kept)}, precision {tp / max(1, len(kept)):.3f}, "
                  f"recall of positives {tp / max(1, pos):.3f}", file=sys.stderr)
    if args.write:
        weights = fit(data, l2=args.l2, epochs=args.epochs)
        out = REPO / "models" / MODEL_NAME / "model.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"threshold": args.threshold, "trained_on": len(data),
                                   "weights": dict(sorted(weights.items()))},
                                  ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"{len(weights)} weights -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
