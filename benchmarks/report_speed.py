"""How long a situation report takes on the 850 German Wikinews articles.

Usage: .venv/bin/python benchmarks/report_speed.py [--workers N] [--rebuild] [--budget SECONDS]

The articles (``../shared/data/quotes-wikinews/{train,dev}/<id>.json``, field ``originalText``,
dates and titles from ``index.tsv``; CC BY-NC-SA, evaluation use only) are read at run time and
written as JSON Lines to a temporary file; nothing of them is kept in the repository. They are
analysed once into ``benchmarks/results/wikinews850.duckdb`` (git-ignored; ``--rebuild`` starts
again), then the report is timed, data and rendering apart, for:

- the whole span of the corpus as one window (all 850 articles: the heaviest report);
- its busiest calendar year;
- the same year with an actor focus (the most active actor).

Each figure is the best of three runs. The budget (issue 16) is 10 s per report, HTML included;
the script exits 1 when a report is over it. Results go to ``benchmarks/results/report_speed.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "quotes-wikinews"
RESULTS = REPO / "benchmarks" / "results"
STORE = RESULTS / "wikinews850.duckdb"


def write_corpus(path: Path) -> int:
    """The Wikinews articles as JSON Lines at ``path``; returns how many."""
    n = 0
    with open(DATA / "index.tsv", encoding="utf-8") as fh, open(path, "w", encoding="utf-8") as out:
        for row in csv.DictReader(fh, delimiter="\t"):
            doc = json.loads((DATA / row["split"] / f"{row['id']}.json").read_text(encoding="utf-8"))
            # one index row is dated 0001-01-01: no date rather than an invented one
            date = row["date"] if row["date"] >= "1900" else None
            out.write(json.dumps({"id": f"wikinews-{row['id']}", "date": date, "title": row["title"],
                                  "text": doc["originalText"], "source": "wikinews"}, ensure_ascii=False) + "\n")
            n += 1
    return n


def build_store(workers: int) -> None:
    """Ingest and analyse the corpus into STORE (once)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "wikinews.jsonl"
        n = write_corpus(corpus)
        print(f"analysing {n} Wikinews articles into {STORE} ({workers} workers) …", flush=True)
        t = time.perf_counter()
        subprocess.run([str(REPO / ".venv" / "bin" / "lagebild"), "run", "--db", str(STORE), "--workers",
                        str(workers), str(corpus)], check=True, stdout=subprocess.DEVNULL)
        print(f"analysed in {time.perf_counter() - t:.0f} s", flush=True)


def best_of(fn, repeat: int = 3) -> tuple[float, object]:
    """The fastest of ``repeat`` calls, with the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def main() -> int:
    """Build the store if needed, time the reports, print a table; 1 when over budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rebuild", action="store_true", help="analyse the articles again")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds per report (default 10)")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"{DATA} is missing: this benchmark needs the shared data beside the checkout")
        return 2
    if args.rebuild and STORE.exists():
        STORE.unlink()
    if not STORE.exists():
        build_store(args.workers)

    from lagebild.report import Focus, build_report, parse_window
    from lagebild.report.render import render
    from lagebild.store.db import open_db

    con = open_db(STORE, read_only=True)
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    first, last = con.execute("SELECT min(date), max(date) FROM articles WHERE date >= '1900'").fetchone()
    year = con.execute("SELECT substr(date, 1, 4) AS y, count(*) AS n FROM articles GROUP BY y "
                       "ORDER BY n DESC, y LIMIT 1").fetchone()[0]
    actor = con.execute("SELECT x FROM (SELECT unnest(list_concat(source_names, target_names)) AS x FROM events "
                        "JOIN articles a ON a.id = events.article_id WHERE substr(a.date, 1, 4) = ?) "
                        "WHERE x IS NOT NULL GROUP BY x ORDER BY count(*) DESC, x LIMIT 1", [year]).fetchone()[0]
    cases = [(f"all {articles} articles, {first} – {last}", parse_window(None, first, last), Focus()),
             (f"busiest year {year}", parse_window(year), Focus()),
             (f"year {year}, actor {actor}", parse_window(year), Focus(actor=actor))]
    rows, over = [], False
    print(f"{'report':48} {'data s':>7} {'html s':>7} {'md s':>6} {'pdf s':>6} {'total s':>8} {'events':>7}")
    for label, window, focus in cases:
        t_data, data = best_of(lambda: build_report(con, window, focus))
        t_html, _ = best_of(lambda: render(data, "html"))
        t_md, _ = best_of(lambda: render(data, "md"))
        t_pdf, _ = best_of(lambda: render(data, "pdf"))
        total = t_data + t_html
        over |= total > args.budget
        rows.append({"report": label, "data_s": round(t_data, 3), "html_s": round(t_html, 3), "md_s": round(t_md, 3),
                     "pdf_s": round(t_pdf, 3), "data_plus_html_s": round(total, 3), "events": data["counts"]["events"],
                     "developments": len(data["developments"])})
        print(f"{label:48} {t_data:7.2f} {t_html:7.2f} {t_md:6.2f} {t_pdf:6.2f} {total:8.2f} "
              f"{data['counts']['events']:7d}")
    (RESULTS / "report_speed.json").write_text(json.dumps({"articles": articles, "budget_s": args.budget,
                                                           "reports": rows}, indent=1), encoding="utf-8")
    print(f"budget {args.budget:.0f} s per report (data + HTML): {'OVER' if over else 'met'}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
