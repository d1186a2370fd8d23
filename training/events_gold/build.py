"""Turn coding sheets into the events gold: ``tests/data/events_wikinews/<part>.jsonl`` (dev, blind, dev2, ...),
and ``tests/data/events_10kgnad/<part>.jsonl`` for parts coded on the 10kGNAD test file.

A sheet is ``training/work/events_gold/<part>/<id>.jsonl`` with one coded event per line::

    {"s": 4, "trigger": "kritisierte", "type": "DISAPPROVE", "source": ["IGOEUROSC"],
     "target": ["GEOGOV"], "negated": false, "modality": "asserted", "date": "2008-09-10",
     "attributed_to": null, "mode": null}

``s`` is the sentence index printed by show.py; ``trigger`` the trigger's words as they stand in
that sentence (``"n": 2`` for its second occurrence). An empty sheet says "coded, no events".
Articles without a sheet are not coded yet and are left out. Every run rebuilds each part's file
(each part named in articles.tsv) from its sheets; a part with no sheet at all on this machine keeps its file
(sheets live in the git-ignored work folder, so a fresh checkout has none). Files are written atomically, so coders may run it at the same time; a run stops on the first
invalid line with its file and line number.

    python training/events_gold/build.py            # rebuild, report counts
    python training/events_gold/build.py --check    # validate only
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

from common import GNAD_SPLIT, SHEETS, article_list, check_event, gold_dir, load_article

FIELDS = ("type", "mode", "source", "target", "negated", "modality", "date", "attributed_to")


def build_article(row: dict, sheet) -> dict:
    """Return the gold record of one article from its sheet (raises ValueError with file:line)."""
    art = load_article(row["id"], row["split"])
    text, sentences = art["text"], art["sentences"]
    events = []
    for lineno, line in enumerate(sheet.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{sheet}:{lineno}"
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not JSON: {exc}") from None
        s = ev.get("s")
        if not isinstance(s, int) or not 0 <= s < len(sentences):
            raise ValueError(f"{where}: sentence index {s!r} out of range 0..{len(sentences) - 1}")
        start, end = sentences[s]
        trigger = str(ev.get("trigger") or "")
        pos, n = start - 1, int(ev.get("n", 1))
        for _ in range(n):
            pos = text.find(trigger, pos + 1, end) if trigger else -1
            if pos < 0:
                break
        if pos < 0:
            raise ValueError(f"{where}: trigger {trigger!r} (occurrence {n}) not in sentence {s}")
        errors = check_event(ev)
        if errors:
            raise ValueError(f"{where}: " + "; ".join(errors))
        rec = {"sentence": [start, end], "trigger": [pos, pos + len(trigger)]}
        rec.update({k: ev.get(k) for k in FIELDS})
        rec["negated"] = bool(rec["negated"])
        rec["modality"] = rec["modality"] or "asserted"
        events.append(rec)
    rec = {"article": row["id"], "split": row["split"], "date": row["date"], "part": row["part"],
           "coder": row["coder"], "events": events}
    if row["split"] == GNAD_SPLIT:  # 10kGNAD has no sentences of its own: the gold keeps the coded ones
        rec["sentences"] = [list(s) for s in sentences]
    return rec


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate the sheets, write nothing")
    args = ap.parse_args()
    rows = article_list()
    # every part named in articles.tsv (dev, blind, dev2, dev3, ...), in order of appearance
    parts: dict[str, list[dict]] = {row["part"]: [] for row in rows}
    folders = {row["part"]: gold_dir(row["split"]) for row in rows}
    missing = []
    for row in rows:
        sheet = SHEETS / row["part"] / f"{row['id']}.jsonl"
        if not sheet.exists():
            missing.append(row["id"])
            continue
        try:
            parts[row["part"]].append(build_article(row, sheet))
        except ValueError as exc:
            sys.exit(str(exc))
    for part, records in parts.items():
        if not records:
            print(f"{part}: no sheets here, {part}.jsonl left as it is")
            continue
        n_events = sum(len(r["events"]) for r in records)
        print(f"{part}: {len(records)} articles, {n_events} events")
        if args.check:
            continue
        folder = folders[part]
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for rec in sorted(records, key=lambda r: int(r["article"])):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        os.replace(tmp, folder / f"{part}.jsonl")
    print(f"not coded yet: {len(missing)} articles")


if __name__ == "__main__":
    main()
