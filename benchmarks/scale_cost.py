"""How the cost of ``lagebild scale run`` grows with the work: N Wikinews articles at 1 and 2 workers.

Usage::

    .venv/bin/python benchmarks/scale_cost.py                          # 250,500,1000,2000 x 1,2 workers
    .venv/bin/python benchmarks/scale_cost.py --articles 850 --workers 1,2   # the issue-14 row
    .venv/bin/python benchmarks/scale_cost.py --articles 250,500 --workers 1,2 --repeat 2

Each cell is one ``lagebild scale run --workers W`` (a local Dask cluster) into a fresh store, in its
own process, from ingest to the consolidated store (loading included), timed end to end:

- **wall s**: elapsed time; on the shared 2-core machine it moves with other people's jobs;
- **CPU s**: user + system time of the command and every process it started (Dask nannies and
  workers; ``getrusage(RUSAGE_CHILDREN)``), the steadier figure: if CPU s grows linearly with N
  and wall s does not, the difference is waiting for a core;
- **speed-up**: wall s at 1 worker / wall s at W workers for the same N;
- the 1-minute load average before each run, so a noisy row can be recognised.

Texts: the German Wikinews articles of ``../shared/data/quotes-wikinews`` (CC BY-NC-SA; read at run
time, written to a temporary JSON Lines file, never kept). There are 850; for N above that the
articles are used again with a line ``(Wiederholung k)`` appended, so every text is distinct (no
exact duplicate is skipped) and the analysis has the same work per article. Prints a table and writes
JSON to ``benchmarks/results/scale_cost-<UTC time>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from report_speed import DATA, RESULTS  # noqa: E402


def wikinews() -> list[dict]:
    """The 850 Wikinews articles as records (id, date, title, text), in index order."""
    import csv
    out = []
    with open(DATA / "index.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            doc = json.loads((DATA / row["split"] / f"{row['id']}.json").read_text(encoding="utf-8"))
            out.append({"id": f"wikinews-{row['id']}", "date": row["date"] if row["date"] >= "1900" else None,
                        "title": row["title"], "text": doc["originalText"]})
    return out


def write_corpus(path: Path, records: list[dict], n: int) -> None:
    """``n`` articles as JSON Lines: the records in order, then again with a repetition mark."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            rec = dict(records[i % len(records)])
            k = i // len(records)
            if k:
                rec["id"] = f"{rec['id']}-r{k}"
                rec["text"] = rec["text"].rstrip() + f"\n\n(Wiederholung {k})"
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def run_once(corpus: Path, workers: int, tmp: Path) -> dict:
    """One ``scale run`` into a fresh store; wall and CPU seconds and the summary it printed."""
    db, parquet = tmp / "store.duckdb", tmp / "parquet"
    for p in (db, Path(str(db) + ".wal")):
        p.unlink(missing_ok=True)
    subprocess.run(["rm", "-rf", str(parquet), str(db) + ".snapshots"], check=True)
    cmd = [str(REPO / ".venv" / "bin" / "lagebild"), "scale", "run", "--db", str(db), "--workers", str(workers),
           "--parquet", str(parquet), "--json", str(corpus)]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # the code of this checkout, also in a git worktree whose .venv is the main checkout's (there the
    # editable install would run the main checkout's lagebild); its fork server inherits the path
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    done = subprocess.run(cmd, capture_output=True, text=True,
                          env={**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": path})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"scale run failed:\n{done.stderr[-2000:]}")
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "load_1min": round(load, 1),
            "analysed": summary["analysed"], "events": summary["stats"]["events"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", default="250,500,1000,2000", help="Comma-separated article counts.")
    ap.add_argument("--workers", default="1,2", help="Comma-separated worker counts.")
    ap.add_argument("--repeat", type=int, default=1, help="Runs per cell; the fastest (wall) is kept.")
    args = ap.parse_args()
    sizes = [int(x) for x in args.articles.split(",")]
    workers = [int(x) for x in args.workers.split(",")]
    records = wikinews()
    rows = []
    print(f"{'articles':>8} {'workers':>7} {'wall s':>7} {'CPU s':>7} {'art/s':>6} {'CPU ms/art':>10} "
          f"{'speed-up':>8} {'load':>5}", flush=True)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for n in sizes:
            corpus = tmp / f"corpus-{n}.jsonl"
            write_corpus(corpus, records, n)
            base = None
            for w in workers:
                best = min((run_once(corpus, w, tmp) for _ in range(args.repeat)), key=lambda r: r["wall_s"])
                base = base or best["wall_s"]
                row = {"articles": n, "workers": w, **best, "speedup": round(base / best["wall_s"], 2)}
                rows.append(row)
                print(f"{n:>8} {w:>7} {row['wall_s']:>7} {row['cpu_s']:>7} {n / row['wall_s']:>6.1f} "
                      f"{1000 * row['cpu_s'] / n:>10.0f} {row['speedup']:>8} {row['load_1min']:>5}", flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H%M%SZ")
    (RESULTS / f"scale_cost-{stamp}.json").write_text(json.dumps({"rows": rows, "cpus": os.cpu_count()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
