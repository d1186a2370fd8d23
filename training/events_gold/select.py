"""Choose the Wikinews articles coded for the events gold (run once; the result is articles.tsv).

Articles from ../shared/data/quotes-wikinews (train and dev splits) are ranked by how densely they
use political vocabulary (government, war, protest, diplomacy, justice, economy), the top 168 of
1,000-6,000 characters are shuffled with a fixed seed, the first 60 become the blind part and the
articles are dealt to six coders in turn. ``select.py --more PART N SEED CODERS`` appends a
further part of N articles not yet chosen (see :func:`more`).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotes-wikinews"
POLITICAL = re.compile(
    r"(Regierung|Präsident|Minister|Kanzler|Parlament|Wahl|Krieg|Armee|Militär|Soldat|Polizei|"
    r"Protest|Demonstr|Anschlag|Angriff|Rebell|Sanktion|Gericht|Urteil|Verhandl|Gespräch|Abkommen|"
    r"Vertrag|NATO|Nato|UN\b|EU\b|Streik|Gewerkschaft|festgenommen|verhaftet|Terror|Bomb|Raketen|"
    r"Konflikt|Opposition|Botschaft|Diplomat|Gipfel|Hilfe|Flüchtling|Putsch|Unruhen|Kritik|"
    r"kritisiert|fordert|Forderung|Sicherheitskräfte|Truppen|Staatsanwalt|Anklage)")
N_ARTICLES, N_BLIND, N_CODERS = 168, 60, 5


def main(data: Path = DATA) -> None:
    """Write articles.tsv beside this script."""
    rows = [line.rstrip("\n").split("\t") for line in open(data / "index.tsv", encoding="utf-8")][1:]
    ranked = []
    for split, art_id, date, _title in rows:
        text = json.loads((data / split / f"{art_id}.json").read_text(encoding="utf-8"))["originalText"]
        if not 1000 <= len(text) <= 6000:
            continue
        hits = len(POLITICAL.findall(text))
        if hits >= 6:
            ranked.append((-hits / len(text), art_id, split, date))
    ranked.sort()
    chosen = ranked[:N_ARTICLES]
    random.Random(2026).shuffle(chosen)
    out = Path(__file__).with_name("articles.tsv")
    with out.open("w", encoding="utf-8") as f:
        f.write("# Wikinews articles (../shared/data/quotes-wikinews) coded for the events gold, chosen by\n"
                "# training/events_gold/select.py (density of political vocabulary, shuffled, seed 2026).\n"
                "# FORMAT: id <TAB> split (train|dev) <TAB> article date <TAB> part (blind|dev) <TAB> coder\n"
                "# EXAMPLE: 52796\ttrain\t2008-09-10\tdev\tA3\n")
        for k, (_, art_id, split, date) in enumerate(chosen):
            part = "blind" if k < N_BLIND else "dev"
            f.write(f"{art_id}\t{split}\t{date}\t{part}\tA{k % N_CODERS + 1}\n")
    print(f"{len(chosen)} articles -> {out}", file=sys.stderr)


# Wikinews articles outside the coded parts whose lagebild output a session has read
WIKINEWS_READ = Path(__file__).with_name("wikinews_read.tsv")


def more(part: str, n: int, seed: int, coders: list[str], min_hits: int = 4,
         chars: tuple[int, int] = (800, 7000), data: Path = DATA) -> None:
    """Append ``n`` articles not yet in articles.tsv as a new ``part``, dealt to ``coders`` in turn.

    The candidates are the articles of ``chars`` characters with at least ``min_hits`` political
    words (the looser bounds of the later parts: the densest articles were taken by the first
    parts) that no session has read (wikinews_read.tsv), shuffled with ``seed``; the first ``n``
    are taken.
    """
    out = Path(__file__).with_name("articles.tsv")
    lines = out.read_text(encoding="utf-8").splitlines()
    taken = {line.split("\t")[0] for line in lines if line and not line.startswith("#")}
    taken |= {line.split("\t")[0] for line in WIKINEWS_READ.read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    rows = [line.rstrip("\n").split("\t") for line in open(data / "index.tsv", encoding="utf-8")][1:]
    candidates = []
    for split, art_id, date, _title in rows:
        if art_id in taken:
            continue
        text = json.loads((data / split / f"{art_id}.json").read_text(encoding="utf-8"))["originalText"]
        if chars[0] <= len(text) <= chars[1] and len(POLITICAL.findall(text)) >= min_hits:
            candidates.append((art_id, split, date))
    candidates.sort(key=lambda c: int(c[0]))
    random.Random(seed).shuffle(candidates)
    chosen = candidates[:n]
    with out.open("a", encoding="utf-8") as f:
        f.write(f"# {part}: {len(chosen)} more articles of {chars[0]}-{chars[1]} characters with at least {min_hits} "
                f"hits, not in an earlier part, shuffled with seed {seed} (select.py --more)\n")
        for k, (art_id, split, date) in enumerate(chosen):
            f.write(f"{art_id}\t{split}\t{date}\t{part}\t{coders[k % len(coders)]}\n")
    print(f"{len(chosen)} of {len(candidates)} candidates -> {out} as {part}", file=sys.stderr)


GNAD = DATA.parent / "news-10kgnad" / "test.csv"
GNAD_TOPICS = ("International", "Inland")
# 10kGNAD rows whose lagebild output a session has read: never coded as an unseen part
GNAD_READ = Path(__file__).with_name("gnad_read.tsv")


def gnad(part: str, n: int, seed: int, coders: list[str], min_hits: int = 4,
         chars: tuple[int, int] = (800, 5000), path: Path = GNAD,
         topics: tuple[str, ...] = GNAD_TOPICS) -> None:
    """Append ``n`` articles of the 10kGNAD test file as a new ``part`` (split ``10kgnad``, id = the
    0-based row), dealt to ``coders`` in turn.

    The candidates are the articles of ``topics`` (International and Inland unless told; the
    eighteenth session used them up, so later parts also draw on Panorama and Wirtschaft, which
    report crime, courts, strikes and sanctions) of ``chars`` characters with at least
    ``min_hits`` political words that are neither in articles.tsv nor in gnad_read.tsv, shuffled
    with ``seed``. The file is undated (2015-16): the date column says ``2016``.
    """
    import csv
    out = Path(__file__).with_name("articles.tsv")
    lines = out.read_text(encoding="utf-8").splitlines()
    taken = {line.split("\t")[0] for line in lines
             if line and not line.startswith("#") and line.split("\t")[1] == "10kgnad"}
    taken |= {line.split("\t")[0] for line in GNAD_READ.read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) >= 2]
    candidates = [str(k) for k, (topic, text) in enumerate(rows)
                  if topic in topics and str(k) not in taken
                  and chars[0] <= len(text) <= chars[1] and len(POLITICAL.findall(text)) >= min_hits]
    random.Random(seed).shuffle(candidates)
    chosen = candidates[:n]
    with out.open("a", encoding="utf-8") as f:
        f.write(f"# {part}: {len(chosen)} 10kGNAD test rows ({'/'.join(topics)}, {chars[0]}-{chars[1]} "
                f"characters, at least {min_hits} hits, none read before), shuffled with seed {seed} (select.py --gnad)\n")
        for k, row in enumerate(chosen):
            f.write(f"{row}\t10kgnad\t2016\t{part}\t{coders[k % len(coders)]}\n")
    print(f"{len(chosen)} of {len(candidates)} candidates -> {out} as {part}", file=sys.stderr)


USAGE = """usage: select.py            rewrite articles.tsv from scratch (the first 163 articles)
       select.py --more PART N SEED CODER[,CODER...] [MIN_HITS]
                            append N articles not yet chosen as PART (MIN_HITS political words, default 4)
       select.py --gnad PART N SEED CODER[,CODER...] [MIN_HITS [TOPIC,TOPIC...]]
                            the same from the 10kGNAD test file (International, Inland unless
                            TOPICS are given, e.g. Panorama,Wirtschaft; measurement only)"""

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--more" and len(sys.argv) in (6, 7):
        more(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5].split(","),
             min_hits=int(sys.argv[6]) if len(sys.argv) == 7 else 4)
    elif len(sys.argv) > 1 and sys.argv[1] == "--gnad" and len(sys.argv) in (6, 7, 8):
        gnad(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5].split(","),
             min_hits=int(sys.argv[6]) if len(sys.argv) >= 7 else 4,
             topics=tuple(sys.argv[7].split(",")) if len(sys.argv) == 8 else GNAD_TOPICS)
    elif len(sys.argv) == 1:
        main()
    else:
        # any other argument (--help, a typo) must not rewrite the list
        sys.exit(USAGE)
