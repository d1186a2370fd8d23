"""Dump the event extractor's candidates on permissively licensed text, for labelling.

The Wikinews events gold only measures (CC BY-NC-SA). A learned filter of the extractor's
candidates must learn from text we may train on: GermEval 2014 dev (CC BY 4.0, dated news and
Wikipedia sentences), UD German GSD and PUD (CC BY-SA) and the Europeana newspapers (CC0, OCR of
19th/20th-century German papers). This script runs the full pipeline on them and writes every
predicted event as a candidate to label::

    python training/events_filter/candidates.py            # -> training/work/events_filter/candidates.jsonl

Each line: ``id`` (``corpus:doc:trigger start``), the sentence text and the trigger's offsets in it,
the predicted type, actors and modality, and ``prev`` (the sentence before, for context). The file
is git-ignored (it holds corpus text); the labels (``labels.tsv``) hold ids only.
``python training/events_filter/candidates.py --show BATCH N`` prints the BATCH-th of N slices
for a labeller.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
WORK = REPO / "training" / "work" / "events_filter"
OUT = WORK / "candidates.jsonl"

_DATE = re.compile(r"\[(\d{4}-\d{2}-\d{2})\]")


def germeval_docs(path: Path = DATA / "germeval2014" / "NER-de-dev.tsv"):
    """(doc id, date, text) per GermEval sentence (its ``#`` line gives source and date)."""
    toks, date, n = [], None, 0
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            m = _DATE.search(line)
            date = m.group(1) if m else None
        elif line.strip():
            toks.append(line.split("\t")[1])
        elif toks:
            n += 1
            yield f"germeval:{n}", date, _detok(toks)
            toks = []


def ud_docs():
    """(doc id, None, text) per UD German sentence (GSD dev and test, PUD)."""
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"):
        for line in (DATA / "ud-german" / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                yield f"ud:{sid}", None, line.split("=", 1)[1].strip()


def europeana_docs(chunk: int = 250):
    """(doc id, date, text) for pieces of about ``chunk`` tokens of the Europeana newspapers, cut
    after a full stop (the files have no sentence or article breaks; the SBB part names the issue
    date in its ``# file`` lines)."""
    for path in sorted((DATA / "europeana-ner-de").glob("*.bio")):
        toks, date, k = [], None, 0
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines() + [". O"]:
            if line.startswith("# file"):
                m = re.search(r"_(1[6-9]\d\d)(\d\d)(\d\d)_", line)
                date = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else date
                continue
            if line.startswith("#") or not line.strip():
                continue
            toks.append(line.rsplit(" ", 1)[0])
            if len(toks) >= chunk and toks[-1] == ".":
                k += 1
                yield f"europeana:{path.stem.split('.')[-1]}{k}", date, _detok(toks)
                toks = []


def _detok(toks: list[str]) -> str:
    """Join tokens with spaces, no space before closing punctuation."""
    out = ""
    for t in toks:
        out += t if out == "" or t in ",.;:!?)]" or out.endswith(("(", "[")) else " " + t
    return out


def dump(out: Path = OUT) -> int:
    """Run the pipeline on every document and write its events as candidates; return the count."""
    sys.path.insert(0, str(REPO))
    from lagebild.article import Article
    from lagebild.nlp.events import filter as event_filter
    from lagebild.pipeline import analyse, default_pipeline

    event_filter.ENABLED = False  # the candidates are what the rules propose, before any filter

    nlp = default_pipeline()
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for source in (germeval_docs(), ud_docs(), europeana_docs()):
            for doc_id, date, text in source:
                rec = analyse(Article(text=text, id=doc_id, date=date,
                                      date_precision="day" if date else None), nlp)
                sents = [(s["start"], s["end"]) for s in rec.get("sentences", [])] or [(0, len(text))]
                for ev in rec["events"]:
                    t0, t1 = ev["trigger"]["start"], ev["trigger"]["end"]
                    k = next((i for i, (a, b) in enumerate(sents) if a <= t0 < b), 0)
                    a, b = sents[k]
                    prev = text[sents[k - 1][0]:sents[k - 1][1]] if k else ""
                    fh.write(json.dumps({
                        "id": f"{doc_id}:{t0}", "date": date, "text": text[a:b], "prev": prev,
                        "trigger": [t0 - a, t1 - a], "word": ev["trigger"]["text"], "type": ev["type"],
                        "source": [x.get("actor_code") or x.get("name") for x in ev["source"]],
                        "target": [x.get("actor_code") or x.get("name") for x in ev["target"]],
                        "modality": ev["modality"], "negated": ev["negated"]}, ensure_ascii=False) + "\n")
                    n += 1
    return n


def show(batch: int, of: int, path: Path = OUT) -> None:
    """Print the ``batch``-th of ``of`` interleaved slices of the candidates, one block each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[batch::of]:
        c = json.loads(line)
        a, b = c["trigger"]
        marked = c["text"][:a] + "[[" + c["text"][a:b] + "]]" + c["text"][b:]
        print(f"{c['id']}\t{c['type']}\t{c['modality']}{' NEG' if c['negated'] else ''}\t"
              f"{c['source']} > {c['target']}")
        if c["prev"]:
            print(f"   (before: {c['prev'][-200:]})")
        print(f"   {marked}\n")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", nargs=2, type=int, metavar=("BATCH", "N"))
    args = ap.parse_args()
    if args.show:
        show(*args.show)
    else:
        print(f"{dump()} candidates -> {OUT}", file=sys.stderr)
