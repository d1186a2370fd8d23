"""Score every development part of the events gold in one process and keep the details.

    python training/events_gold/score_parts.py OUT                       # dev, dev2 … dev10, gnad1-7
    python training/events_gold/score_parts.py OUT --parts dev6,dev7
    python training/events_gold/errors.py compare OUT/*.jsonl --before BEFORE   # after a change

Loads the pipeline once, scores each part as ``lagebild eval events --gold
tests/data/events_wikinews/<part>.jsonl`` does, writes ``OUT/<part>.jsonl`` (the details, for
``errors.py``) and prints one line per part and the pooled type and tuple matches: a rule is worth
keeping when the pooled counts say so, not one part. The parts that are only ever scored (blind,
and the unseen part of the moment, see docs/EVENT_CODING.md) are refused: score them with
``lagebild eval events``, which writes no details for them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# this folder holds select.py, which would shadow the standard library's select module: it goes last
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]

from lagebild.eval.event_articles import evaluate_articles  # noqa: E402
from lagebild.eval.events import read_gold  # noqa: E402

GOLD = REPO / "tests" / "data" / "events_wikinews"
GNAD_GOLD = REPO / "tests" / "data" / "events_10kgnad"  # parts coded on 10kGNAD (measurement only)
DEV_PARTS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "gnad1", "gnad2", "gnad3", "gnad4", "gnad5", "gnad6", "gnad7")
# parts never read with details: the blind part, and the unseen part kept for a session's start and end
UNREAD_PARTS = ("blind",)


def gold_file(part: str) -> Path:
    """The gold file of ``part``: Wikinews parts first, then the 10kGNAD parts."""
    path = GOLD / f"{part}.jsonl"
    return path if path.exists() else GNAD_GOLD / f"{part}.jsonl"


def pooled(results: dict) -> dict:
    """Type and tuple matches, predictions and gold events summed over the parts' scores, with the
    pooled type and tuple F1."""
    tot = {"type": sum(s["type"]["tp"] for s in results.values()),
           "tuple": sum(s["tuple"]["tp"] for s in results.values()),
           "pred": sum(s["type"]["predicted"] for s in results.values()),
           "gold": sum(s["type"]["gold"] for s in results.values())}
    n = max(1, tot["pred"] + tot["gold"])
    return dict(tot, type_f1=2 * tot["type"] / n, tuple_f1=2 * tot["tuple"] / n)


def score_parts(parts: list[str], out: Path | None = None, nlp=None, quiet: bool = False) -> dict:
    """Score ``parts`` (the details of each written to ``out`` when given); return {part: scores}
    and, unless ``quiet``, print a line per part and the pooled counts."""
    if nlp is None:
        from lagebild.pipeline import default_pipeline
        nlp = default_pipeline()
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    results = {}
    for part in parts:
        details: list | None = [] if out is not None else None
        scores = evaluate_articles(read_gold(gold_file(part)), nlp=nlp, details=details)
        if out is not None:
            (out / f"{part}.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in details),
                                               encoding="utf-8")
        results[part] = scores
        t, u = scores["type"], scores["tuple"]
        if not quiet:
            print(f"{part:6s} type {t['f1']:.3f} ({t['tp']}/{t['predicted']}/{t['gold']})  source "
                  f"{scores['source']['f1']:.3f}  target {scores['target']['f1']:.3f}  tuple {u['f1']:.3f} "
                  f"({u['tp']})  date {scores['date_accuracy']:.3f}")
    if not quiet:
        p = pooled(results)
        print(f"pooled type matches {p['type']}, tuple {p['tuple']}, predictions {p['pred']}, gold {p['gold']}: "
              f"type F1 {p['type_f1']:.4f}, tuple F1 {p['tuple_f1']:.4f}")
    return results


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="folder for the details files (<part>.jsonl)")
    ap.add_argument("--parts", default=",".join(DEV_PARTS), help="comma-separated development parts")
    args = ap.parse_args(argv)
    parts = [p for p in args.parts.split(",") if p]
    unread = [p for p in parts if p in UNREAD_PARTS]
    if unread:
        ap.error(f"{', '.join(unread)}: only scored, never read (use `lagebild eval events --gold …`)")
    score_parts(parts, Path(args.out))


if __name__ == "__main__":
    main()
