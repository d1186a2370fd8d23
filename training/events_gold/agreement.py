"""Inter-coder agreement: how far two independent codings of the same articles agree.

    python training/events_gold/agreement.py --gold tests/data/events_wikinews/dev.jsonl \
        --sheets training/work/events_gold/agree

``--sheets`` is a folder of coding sheets (``<id>.jsonl``, the format of ``build.py``) written by a
second coder who never saw the first coding; ``--gold`` is the first coding. Only the articles
both coded are compared. Coding B is scored as if it were a prediction against coding A, with the
scorer of ``lagebild eval events`` (same sentence, same type; source and target by country), so
the figures read as the ceiling a perfect imitator of one coder would reach against the other.
The score is symmetric in type, source, target and tuple F1 (P and R swap).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from build import build_article  # noqa: E402
from common import article_list  # noqa: E402

from lagebild.eval.event_articles import format_table, load_article, score_articles, default_articles_dir  # noqa: E402


def as_prediction(event: dict) -> dict:
    """A gold event in the shape of a predicted one (trigger offsets as a span dict)."""
    start, end = event["trigger"]
    return {**event, "trigger": {"start": start, "end": end}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, help="first coding: a gold file built by build.py")
    ap.add_argument("--sheets", required=True, help="second coding: a folder of <id>.jsonl sheets")
    args = ap.parse_args()
    rows = {r["id"]: r for r in article_list()}
    first = {r["article"]: r for r in map(json.loads, Path(args.gold).read_text(encoding="utf-8").splitlines())}
    items = []
    for sheet in sorted(Path(args.sheets).glob("*.jsonl")):
        aid = sheet.stem
        if aid not in first or aid not in rows:
            continue
        second = build_article(rows[aid], sheet)
        _, sentences = load_article(default_articles_dir(), first[aid])
        items.append((first[aid], sentences, [as_prediction(e) for e in second["events"]]))
    if not items:
        sys.exit("no article is coded in both")
    result = score_articles(items)
    print(f"{len(items)} articles coded twice; coding B scored against coding A")
    print(format_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
