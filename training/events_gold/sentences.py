"""Sentence-level event coding of permissively licensed news sentences (training data, not gold).

The Wikinews events gold (tests/data/events_wikinews) may only measure: its licence is
non-commercial. A trained event component needs coded text that a shipped model may learn from.
These sentences qualify: GermEval 2014 dev (news and Wikipedia, CC BY 4.0; each sentence with its
source date) and Universal Dependencies German PUD test and GSD dev/test (CC BY-SA). They live in
``../shared/data``; the repository keeps neither the sentences nor the codings (coders write them
to the git-ignored ``training/work/events_sent/``), only this script.

    python training/events_gold/sentences.py show germeval 3 8    # chunk 3 of 8: "[id] date | text"
    python training/events_gold/sentences.py check                # validate every sheet, count events

Sheets in ``training/work/events_sent/own/`` hold sentences the project wrote itself (news-style
articles about invented events); their lines carry ``"text"`` (and ``"date"``) besides ``"id"``.

A sheet ``training/work/events_sent/<corpus>-<k>of<n>.jsonl`` has one line per sentence of its
chunk, events or not, coded under docs/EVENT_CODING.md but for the sentence alone::

    {"id": "germeval-dev-17", "events": [{"trigger": "kritisierte", "type": "DISAPPROVE",
      "source": ["DEUGOV"], "target": ["DEULEG"], "negated": false, "modality": "asserted"}]}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
WORK = ROOT / "training" / "work" / "events_sent"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND", "DISAPPROVE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}
MODALITIES = {"asserted", "future", "demanded", "hypothetical"}
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "'", "%"}


def germeval() -> list[tuple[str, str | None, str]]:
    """(id, date, text) of the GermEval 2014 dev sentences, tokens joined back into text."""
    out, toks, date = [], [], None
    for line in (DATA / "germeval2014" / "NER-de-dev.tsv").read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            date = line.rsplit("[", 1)[-1].rstrip("]") if "[" in line else None
        elif line.strip():
            toks.append(line.split("\t")[1])
        elif toks:
            text = ""
            for t in toks:
                text += t if not text or t in _NO_SPACE_BEFORE or text.endswith(("(", "[")) else " " + t
            out.append((f"germeval-dev-{len(out)}", date, text))
            toks = []
    return out


def _conllu(names: tuple[str, ...], prefix: str) -> list[tuple[str, str | None, str]]:
    """(id, None, text) of the sentences of UD German CoNLL-U files (the German "# text =" line)."""
    out = []
    for name in names:
        sid = None
        for line in (DATA / "ud-german" / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip()
            elif line.startswith("# text =") and sid:
                out.append((f"{prefix}-{sid}", None, line.split("=", 1)[1].strip()))
    return out


def pud() -> list[tuple[str, str | None, str]]:
    """The UD German PUD test sentences (news and Wikipedia, translated from several languages)."""
    return _conllu(("de_pud-ud-test.conllu",), "pud")


def gsd() -> list[tuple[str, str | None, str]]:
    """The UD German GSD dev and test sentences (web text: news, reviews, Wikipedia)."""
    return _conllu(("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"), "gsd")


CORPORA = {"germeval": germeval, "pud": pud, "gsd": gsd}


def chunk(corpus: str, k: int, n: int) -> list[tuple[str, str | None, str]]:
    """The ``k``-th of ``n`` equal slices (1-based) of a corpus, in corpus order."""
    rows = CORPORA[corpus]()
    size = -(-len(rows) // n)
    return rows[(k - 1) * size:k * size]


def check() -> int:
    """Validate every sheet; print counts; return the number of invalid lines."""
    known = {sid for corpus in CORPORA.values() for sid, _, _ in corpus()}
    bad = sentences = events = 0
    for sheet in sorted(WORK.glob("**/*.jsonl")):
        for n, line in enumerate(sheet.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                # a sentence of the project's own writing carries its text; a corpus sentence its id
                assert rec["id"] in known or isinstance(rec.get("text"), str), f"unknown id {rec['id']!r}"
                for e in rec["events"]:
                    assert e["type"] in TYPES, f"type {e['type']!r}"
                    assert e.get("modality", "asserted") in MODALITIES, f"modality {e.get('modality')!r}"
                    assert isinstance(e.get("trigger"), str) and e["trigger"], "trigger"
                    assert "text" not in rec or e["trigger"] in rec["text"], f"trigger {e['trigger']!r} not in text"
                sentences += 1
                events += len(rec["events"])
            except (ValueError, KeyError, AssertionError) as err:
                bad += 1
                print(f"{sheet}:{n}: {err}", file=sys.stderr)
    print(f"{sentences} sentences coded, {events} events, {bad} invalid lines")
    return bad


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "show" and argv[1] in CORPORA:
        for sid, date, text in chunk(argv[1], int(argv[2]), int(argv[3])):
            print(f"[{sid}] {date or '-'} | {text}")
        return 0
    if argv == ["check"]:
        return 1 if check() else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
