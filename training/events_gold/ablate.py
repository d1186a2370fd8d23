"""What each rule of the event extractor is worth on the development parts: turn one flag off, score.

    python training/events_gold/ablate.py                   # every True flag of extract, agents, mentions
    python training/events_gold/ablate.py SELF_GUARD DIRECTIONS

The rules of :mod:`lagebild.nlp.events` sit behind module-level flags (``DIRECTIONS = True``). For each
flag this script sets it to False, scores dev..dev8 in the same process (the pipeline loads once;
about 9 s per flag on one core) and prints the change in pooled type matches, tuple matches and
predictions against all flags on. A flag whose removal costs nothing on the development parts was
written for constructions they do not hold (own sentences test it); a flag whose removal gains is a
rule to look at again. Flags read when the lexicon is loaded (lexicon.py) are not covered.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# this folder holds select.py, which would shadow the standard library's select module
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO))

from lagebild.eval.event_articles import evaluate_articles  # noqa: E402
from lagebild.eval.events import read_gold  # noqa: E402
from lagebild.nlp.events import agents, extract, mentions  # noqa: E402

GOLD = REPO / "tests" / "data" / "events_wikinews"
PARTS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")


def pooled(golds: dict, nlp) -> dict:
    """Type and tuple matches, predictions and gold events summed over the parts."""
    tot = {"type": 0, "tuple": 0, "pred": 0, "gold": 0}
    for records in golds.values():
        s = evaluate_articles(records, nlp=nlp)
        tot["type"] += s["type"]["tp"]
        tot["tuple"] += s["tuple"]["tp"]
        tot["pred"] += s["type"]["predicted"]
        tot["gold"] += s["type"]["gold"]
    return tot


def flags(only: list[str]) -> list[tuple]:
    """(module, name) of every flag that is True now (or of the named ones)."""
    out = [(m, k) for m in (extract, agents, mentions) for k, v in vars(m).items() if k.isupper() and v is True]
    return [(m, k) for m, k in out if not only or k in only]


def main(argv: list[str] | None = None) -> None:
    only = list(sys.argv[1:] if argv is None else argv)
    from lagebild.pipeline import default_pipeline
    nlp = default_pipeline()
    golds = {p: read_gold(GOLD / f"{p}.jsonl") for p in PARTS}
    base = pooled(golds, nlp)
    print(f"all flags on: {base}", flush=True)
    for module, name in flags(only):
        setattr(module, name, False)
        try:
            r = pooled(golds, nlp)
        finally:
            setattr(module, name, True)
        n, n0 = r["pred"] + r["gold"], base["pred"] + base["gold"]
        print(f"{module.__name__.rsplit('.', 1)[-1]:9s} {name:28s} off: type {r['type'] - base['type']:+4d} "
              f"tuple {r['tuple'] - base['tuple']:+4d} predictions {r['pred'] - base['pred']:+4d} "
              f"type F1 {2 * r['type'] / n - 2 * base['type'] / n0:+.4f}", flush=True)


if __name__ == "__main__":
    main()
