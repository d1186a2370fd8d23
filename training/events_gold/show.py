"""Print a Wikinews (or 10kGNAD) article with numbered sentences, for coding events (and its gold, if coded).

    python training/events_gold/show.py 52796          # the text, sentence by sentence
    python training/events_gold/show.py 52796 --gold   # plus the coded events under each sentence
    python training/events_gold/show.py --coder A3     # the articles dealt to coder A3
"""

from __future__ import annotations

import argparse
import json

from common import article_list, gold_dir, load_article


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("id", nargs="?")
    ap.add_argument("--gold", action="store_true", help="show the events coded in tests/data/events_wikinews")
    ap.add_argument("--coder", help="list the articles of one coder (blind first)")
    args = ap.parse_args()
    rows = article_list()
    if args.coder:
        for r in sorted((r for r in rows if r["coder"] == args.coder), key=lambda r: r["part"] != "blind"):
            print(f"{r['id']}\t{r['split']}\t{r['date']}\t{r['part']}")
        return
    row = next((r for r in rows if r["id"] == args.id), None)
    if row is None:
        raise SystemExit(f"article {args.id} is not in articles.tsv")
    art = load_article(row["id"], row["split"])
    events = {}
    if args.gold:
        path = gold_dir(row["split"]) / f"{row['part']}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
            rec = json.loads(line)
            if rec["article"] == row["id"]:
                for ev in rec["events"]:
                    events.setdefault(tuple(ev["sentence"]), []).append(ev)
    print(f"# {row['id']} ({row['split']}, {row['part']}, coder {row['coder']}) date {row['date']}: {art['title']}")
    text = art["text"]
    for n, (start, end) in enumerate(art["sentences"]):
        print(f"[{n}] {text[start:end]}")
        for ev in events.get((start, end), []):
            trig = text[ev["trigger"][0]:ev["trigger"][1]]
            print(f"      -> {ev['type']} {ev['source']}>{ev['target']} '{trig}' neg={ev['negated']} "
                  f"{ev['modality']} date={ev['date']} att={ev.get('attributed_to')}")


if __name__ == "__main__":
    main()
