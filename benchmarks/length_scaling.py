"""Analysis time against text length: is the pipeline linear in the size of one article?

    .venv/bin/python benchmarks/length_scaling.py                 # 10, 25, 50, 100, 200, 400 KB
    .venv/bin/python benchmarks/length_scaling.py --sizes 10 100 --repeat 1

One text per size, made by repeating the example corpus (written for lagebild) up to that many
kilobytes; each component is timed on its own, in pipeline order. The last column, seconds per
100 KB, should stay flat as the size grows: a component whose figure climbs is superlinear.
Writes ``benchmarks/results/length_scaling.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lagebild.article import Article  # noqa: E402
from lagebild.pipeline import build_pipeline, make_doc  # noqa: E402


def corpus_text() -> str:
    """The example corpus bodies joined as paragraphs."""
    files = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    return "\n\n".join(f.read_text(encoding="utf-8").split(" - ", 1)[-1] for f in files)


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 25, 50, 100, 200, 400], help="kilobytes")
    ap.add_argument("--repeat", type=int, default=2, help="best of N runs per size")
    args = ap.parse_args()
    nlp = build_pipeline()
    base = corpus_text()
    rows = []
    for kb in args.sizes:
        text = (base * (kb * 1024 // len(base) + 1))[: kb * 1024]
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            doc = make_doc(nlp, Article(text=text, date="2022-03-01", date_precision="day"))
            for name, proc in nlp.pipeline:
                started = time.process_time()
                doc = proc(doc)
                spent = time.process_time() - started
                best[name] = min(best.get(name, spent), spent)
        total = sum(best.values())
        rows.append({"kb": kb, "tokens": len(doc), "seconds": round(total, 3),
                     "seconds_per_100kb": round(total / kb * 100, 3),
                     "components": {k: round(v, 3) for k, v in best.items()}})
        slowest = max(best, key=best.get)
        print(f"{kb:>5} KB {len(doc):>8} tokens {total:8.2f} s  {total / kb * 100:6.2f} s/100 KB  "
              f"(slowest: {slowest} {best[slowest]:.2f} s)", flush=True)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "length_scaling.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
