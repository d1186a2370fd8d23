"""Predicted events per topic of the 10kGNAD test file: a measure of false alarms without gold.

The 1,028 Austrian news articles of ``../shared/data/news-10kgnad/test.csv`` (CC BY-NC-SA; read at
run time, never kept) carry a topic label each (Sport, Web, Kultur, Wissenschaft, Wirtschaft, Etat,
Panorama, Inland, International) but no event gold. PLOVER events are rare in a match report or a
gadget review, so the events lagebild predicts there are nearly all false alarms; a rule that
removes them while leaving the political topics (Inland, International) alone helps on the unseen
parts of the events gold, which hold such articles too (docs/EVENT_CODING.md, fourteenth session).

    python training/events_gold/topics_report.py                 # counts per topic
    python training/events_gold/topics_report.py --out E.jsonl   # and every event with its sentence
    python training/events_gold/topics_report.py --compare BEFORE.jsonl --out AFTER.jsonl

``--compare`` lists, per topic, the events of an earlier ``--out`` file that are gone now. The rows a
10kGNAD part of the events gold codes (articles.tsv, split ``10kgnad``) are left out as topic
"(coded)": they measure unseen and their output is never shown.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# this folder holds select.py, which would shadow the standard library's select module: it goes last
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]

DATA = REPO.parent / "shared" / "data" / "news-10kgnad" / "test.csv"
DATE = "2016-03-01"  # the file is undated; its articles are from 2015-16


def read_articles(path: Path = DATA) -> list[tuple[str, str]]:
    """(topic, text) of every line of a 10kGNAD ``Label;'text'`` CSV file."""
    with open(path, encoding="utf-8", newline="") as fh:
        return [(row[0], row[1]) for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]


def coded_rows() -> set[int]:
    """The rows of the test file that a 10kGNAD part of the events gold codes (articles.tsv)."""
    listing = HERE / "articles.tsv"
    return {int(line.split("\t")[0]) for line in listing.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#") and line.split("\t")[1] == "10kgnad"}


def event_rows(articles: Iterable[tuple[str, str]], predict: Callable[[str], list[dict]]) -> list[dict]:
    """One row per predicted event: article number, topic, type, trigger and its sentence."""
    rows = []
    for i, (topic, text) in enumerate(articles):
        if not text:
            continue
        for e in predict(text):
            t = e["trigger"]
            start = text.rfind(".", 0, t["start"]) + 1
            end = text.find(".", t["end"])
            rows.append({"article": i, "topic": topic, "type": e["type"], "trigger": t["text"],
                         "sentence": text[start:end + 1 if end >= 0 else len(text)].strip()})
    return rows


def per_topic(rows: list[dict], articles: list[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """{topic: (articles, predicted events)}."""
    n_art = Counter(topic for topic, _ in articles)
    n_ev = Counter(r["topic"] for r in rows)
    return {topic: (n_art[topic], n_ev[topic]) for topic in sorted(n_art)}


def gone(before: list[dict], after: list[dict]) -> list[dict]:
    """The events of ``before`` that ``after`` no longer has (same article, trigger and sentence)."""
    kept = {(r["article"], r["trigger"], r["sentence"]) for r in after}
    return [r for r in before if (r["article"], r["trigger"], r["sentence"]) not in kept]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="10kGNAD CSV file [default: the test file]")
    ap.add_argument("--out", type=Path, help="write every predicted event as JSON Lines")
    ap.add_argument("--compare", type=Path, help="an earlier --out file: list the events gone since")
    args = ap.parse_args(argv)
    from lagebild.article import Article
    from lagebild.pipeline import analyse, default_pipeline

    nlp = default_pipeline()
    articles = read_articles(args.data)
    if args.data == DATA:
        # the rows of the coded 10kGNAD parts (gnad1 …) measure unseen: their output is never shown
        articles = [("(coded)", "") if k in coded_rows() else a for k, a in enumerate(articles)]
    rows = event_rows(articles, lambda text: analyse(
        Article(text=text, id=None, date=DATE, date_precision="day"), nlp)["events"])
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    before = [json.loads(line) for line in args.compare.read_text(encoding="utf-8").splitlines()] \
        if args.compare else None
    if before is not None and args.data == DATA:
        before = [r for r in before if r["article"] not in coded_rows()]  # an --out file of older code
    old = Counter(r["topic"] for r in before) if before is not None else None
    print(f"{'topic':<14} {'articles':>8} {'events':>7} {'per article':>11}" + ("  before" if old else ""))
    for topic, (n_art, n_ev) in per_topic(rows, articles).items():
        print(f"{topic:<14} {n_art:>8} {n_ev:>7} {n_ev / max(1, n_art):>11.2f}" + (f"  {old[topic]:>6}" if old else ""))
    if before is not None:
        for r in gone(before, rows):
            print(f"  - {r['topic']}: {r['type']} [{r['trigger']}] {r['sentence'][:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
