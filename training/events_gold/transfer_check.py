"""Run rule flags on and off over text nobody coded for events, and print what they change.

    python training/events_gold/transfer_check.py lagebild.nlp.events.extract.FLAG [MORE.FLAGS ...] [--germeval N]
    python training/events_gold/transfer_check.py --list        # the ids of the uncoded news articles
    python training/events_gold/transfer_check.py --dump OUT.jsonl              # every event of the uncoded news
    python training/events_gold/transfer_check.py --diff BEFORE.jsonl AFTER.jsonl [--summary]

A rule written from the development parts' errors is worth keeping only if it is also right where
nobody looked. By default this runs the full pipeline over the **uncoded news**: every Wikinews
article (../shared/data/quotes-wikinews) with at least two political words that no part codes
(articles.tsv), and every uncoded 10kGNAD test row of International, Inland, Wirtschaft and Panorama
with at least one (the coded parts took the most political articles). It runs them once with the
flags off and once on and prints every event that only one of the runs has, with its sentence, for
an analyst to judge under docs/EVENT_CODING.md. Articles read here may be read again by the next
check, but never coded as an unseen part: a session adds the ones it read to wikinews_read.tsv /
gnad_read.tsv, which select.py skips.

A change that is no flag (data lines, the knowledge base, several commits) is checked with two dumps: ``--dump``
writes the events of the uncoded news with the code of the moment (one JSON line per article: its events with
trigger offset, type, trigger, source and target codes, modality, negation and sentence), and ``--diff`` prints the
events only one of two dumps has, per article, for the same judging.

``--germeval N`` runs the first N sentences of GermEval 2014 dev instead (CC BY 4.0; each sentence an
article dated 2009-06-01), the set used from the twentieth session on; it has few political sentences,
so "nothing changed" is its usual answer and says little.
"""

from __future__ import annotations

import csv
import importlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# this folder holds select.py, which would shadow the standard library's select module: not on the path
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

from lagebild.article import Article  # noqa: E402
from lagebild.eval.ner import read_germeval  # noqa: E402
from lagebild.pipeline import analyse, default_pipeline  # noqa: E402

# select.py by its path (the standard library's select is already imported under that name)
_spec = importlib.util.spec_from_file_location("events_gold_select", HERE / "select.py")
_select = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_select)
GNAD, POLITICAL = _select.GNAD, _select.POLITICAL

# modules whose flags are read only while the pipeline is built (knowledge base, trigger lexicon)
BUILD_TIME_MODULES = ("lagebild.kb.", "lagebild.nlp.events.lexicon")
DATA = REPO.parent / "shared" / "data"
GERMEVAL = DATA / "germeval2014" / "NER-de-dev.tsv"
WIKINEWS = DATA / "quotes-wikinews"
ARTICLES = HERE / "articles.tsv"
NEWS_TOPICS = ("International", "Inland", "Wirtschaft", "Panorama")


def _ids(path: Path, split: str | None = None) -> set[str]:
    """The first column of a tab-separated list (``#`` lines skipped); with ``split``, only its rows."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {r[0] for r in rows if split is None or (len(r) > 1 and r[1] == split)}


def news_articles() -> list[tuple[str, str, str]]:
    """(id, date, text) of the uncoded, unread news articles: Wikinews ids as ``wn<ID>``, 10kGNAD rows
    as ``gn<ROW>`` (dated 2016, the file's years being 2015-16)."""
    taken = _ids(ARTICLES)
    out = []
    rows = [line.rstrip("\n").split("\t") for line in open(WIKINEWS / "index.tsv", encoding="utf-8")][1:]
    for split, art_id, date, _title in sorted(rows, key=lambda r: int(r[1])):
        if art_id in taken:
            continue
        text = json.loads((WIKINEWS / split / f"{art_id}.json").read_text(encoding="utf-8"))["originalText"]
        if len(POLITICAL.findall(text)) >= 2:
            out.append((f"wn{art_id}", date, text))
    taken = _ids(ARTICLES, "10kgnad")
    with open(GNAD, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter=";", quotechar="'") if len(r) >= 2]
    for k, (topic, text) in enumerate(rows):
        if str(k) not in taken and topic in NEWS_TOPICS and POLITICAL.search(text):
            out.append((f"gn{k}", "2016", text))
    return out


def germeval_articles(n: int) -> list[tuple[str, str, str]]:
    """(id, date, text) of the first ``n`` GermEval dev sentences (tokens joined by spaces)."""
    return [(f"g{k}", "2009-06-01", " ".join(sent.words)) for k, sent in enumerate(read_germeval(GERMEVAL))][:n]


def _codes(parts: list[dict]) -> list[str]:
    return [p.get("actor_code") or p.get("name") for p in parts]


def _events(articles: list[tuple[str, str, str]], nlp) -> list[set[tuple]]:
    out = []
    for art_id, date, text in articles:
        precision = {10: "day", 7: "month", 4: "year"}.get(len(date))
        article = Article(id=art_id, text=text, date=date, date_precision=precision)
        out.append({(e["trigger"]["start"], e["type"], e["trigger"]["text"], tuple(_codes(e["source"])),
                     tuple(_codes(e["target"])), e["modality"], e["negated"])
                    for e in analyse(article, nlp)["events"]})
    return out


def _sentence_at(text: str, offset: int) -> str:
    """The text around ``offset`` from the full stop before it to the one after (enough to judge)."""
    start = text.rfind(". ", 0, offset)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", offset)
    return text[start:len(text) if end < 0 else end + 1].strip()


def _flags(specs: list[str]) -> list[tuple[object, str]]:
    flags = []
    for spec in specs:
        module_name, flag = spec.rsplit(".", 1)
        if module_name.startswith(BUILD_TIME_MODULES):
            # their flags are read once, when the knowledge base or the lexicon is built (and the KB is
            # cached on disk by its settings): switching them in a loaded pipeline changes nothing, and
            # the tool would report "nothing changed" for a rule it never ran
            sys.exit(f"{module_name}'s flags take effect only when the pipeline is built; compare two "
                     f"runs instead: score_parts.py, edit the flag, score_parts.py again")
        module = importlib.import_module(module_name)
        if not hasattr(module, flag):
            sys.exit(f"{module_name} has no flag {flag}")
        flags.append((module, flag))
    return flags


def dump(articles: list[tuple[str, str, str]], out: Path) -> None:
    """Write the events the current code finds in ``articles`` to ``out``, one JSON line per article."""
    nlp = default_pipeline()
    with out.open("w", encoding="utf-8") as fh:
        for (art_id, date, text), events in zip(articles, _events(articles, nlp)):
            rows = [{"start": e[0], "type": e[1], "trigger": e[2], "source": list(e[3]), "target": list(e[4]),
                     "modality": e[5], "negated": e[6], "sentence": _sentence_at(text, e[0])}
                    for e in sorted(events, key=lambda e: (e[0], e[1], e[2], str(e[3:])))]
            fh.write(json.dumps({"id": art_id, "date": date, "events": rows}, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles -> {out}", file=sys.stderr)


def diff(before: Path, after: Path, summary: bool = False) -> None:
    """Print the events only ``before`` or only ``after`` has (two files written by :func:`dump`), per
    article with its sentence; with ``summary``, only the counts by type."""
    def load(path: Path) -> dict:
        return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}

    def key(e: dict) -> tuple:
        return (e["start"], e["type"], e["trigger"], tuple(e["source"]), tuple(e["target"]), e["modality"], e["negated"])
    old, new = load(before), load(after)
    changed, counts = 0, Counter()
    for art_id in sorted(old.keys() | new.keys()):
        was = {key(e): e for e in old.get(art_id, {"events": []})["events"]}
        now = {key(e): e for e in new.get(art_id, {"events": []})["events"]}
        lost, gained = [was[k] for k in was if k not in now], [now[k] for k in now if k not in was]
        if not lost and not gained:
            continue
        changed += 1
        counts.update(["-" + e["type"] for e in lost] + ["+" + e["type"] for e in gained])
        if not summary:
            print(f"## {art_id}")
            for sign, events in (("-", lost), ("+", gained)):
                for e in sorted(events, key=lambda e: e["start"]):
                    print(f"   {sign} {e['type']} '{e['trigger']}' {e['source']} > {e['target']} {e['modality']}"
                          f"{' negated' if e['negated'] else ''} | {e['sentence'][:300]}")
    print(f"changed articles {changed} of {len(old)}; events {sum(len(r['events']) for r in old.values())} -> "
          f"{sum(len(r['events']) for r in new.values())}; by type {dict(sorted(counts.items()))}")


def main(argv: list[str]) -> None:
    """Print the events that change when the flags in ``argv`` are switched off and on (or dump and
    compare, see the module's help)."""
    if "--dump" in argv:
        dump(news_articles(), Path(argv[argv.index("--dump") + 1]))
        return
    if "--diff" in argv:
        k = argv.index("--diff")
        diff(Path(argv[k + 1]), Path(argv[k + 2]), summary="--summary" in argv)
        return
    if "--list" in argv:
        articles = news_articles()
        print(" ".join(a for a, _, _ in articles))
        print(f"{len(articles)} articles", file=sys.stderr)
        return
    if "--germeval" in argv:
        k = argv.index("--germeval")
        articles, argv = germeval_articles(int(argv[k + 1])), argv[:k] + argv[k + 2:]
    else:
        articles = news_articles()
    if not argv:
        sys.exit(__doc__)
    flags = _flags(argv)
    originals = [getattr(m, f) for m, f in flags]
    nlp = default_pipeline()
    found = {}
    try:
        for value in (False, True):
            for module, flag in flags:
                setattr(module, flag, value)
            found[value] = _events(articles, nlp)
    finally:
        for (module, flag), original in zip(flags, originals):
            setattr(module, flag, original)
    changed = 0
    for (art_id, _date, text), off, on in zip(articles, found[False], found[True]):
        if off == on:
            continue
        changed += 1
        print(f"## {art_id}")
        for event in sorted(off ^ on):
            print(("   - off only " if event in off else "   + on only  ") + repr(event[1:]))
            print("     " + _sentence_at(text, event[0])[:300])
    print(f"changed articles {changed} of {len(articles)}; events off/on "
          f"{sum(map(len, found[False]))}/{sum(map(len, found[True]))}")


if __name__ == "__main__":
    main(sys.argv[1:])
