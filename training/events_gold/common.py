"""Shared helpers of the events-gold tools: the article list, article texts, sheet validation.

The coded events live in ``tests/data/events_wikinews/{dev,blind}.jsonl`` as character offsets
into the Wikinews articles in ``../shared/data/quotes-wikinews``; no article text is in the repo.
Coders write one *sheet* per article (``training/work/events_gold/<part>/<id>.jsonl``, not
committed), naming the sentence by its index and the trigger by its words; ``build.py`` turns
the sheets into offsets. See docs/EVENT_CODING.md.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# this folder holds select.py, which would shadow the standard library's select module once the
# 10kGNAD loader imports spaCy: the checkout goes first, this folder last
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]
DATA = ROOT.parent / "shared" / "data" / "quotes-wikinews"
ARTICLES = Path(__file__).with_name("articles.tsv")
SHEETS = ROOT / "training" / "work" / "events_gold"
GOLD = ROOT / "tests" / "data" / "events_wikinews"
# parts coded on the 10kGNAD test file (Der Standard, CC BY-NC-SA: measurement only) live apart
GNAD_GOLD = ROOT / "tests" / "data" / "events_10kgnad"
GNAD_FILE = ROOT.parent / "shared" / "data" / "news-10kgnad" / "test.csv"
GNAD_SPLIT = "10kgnad"

TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND",
         "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "hypothetical", "future", "demanded"}
# country (ISO3) or --- for unknown, then sector codes; or an IGO/NGO code
CODE = re.compile(r"^(?:[A-Z]{3}|---)(?:[A-Z]{3}){0,2}$|^(?:IGO|NGO)[A-Z0-9]{3,12}$")
TIMEX = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$")


def article_list() -> list[dict]:
    """Return the coded articles as dicts: id, split, date, part, coder."""
    rows = []
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        art_id, split, date, part, coder = line.split("\t")
        rows.append({"id": art_id, "split": split, "date": date, "part": part, "coder": coder})
    return rows


def gold_dir(split: str) -> Path:
    """The folder of the gold files of articles of ``split`` (Wikinews, or 10kGNAD apart)."""
    return GNAD_GOLD if split == GNAD_SPLIT else GOLD


def load_article(art_id: str, split: str, data: Path = DATA) -> dict:
    """Return ``{"text", "title", "sentences": [(start, end), ...]}`` of one Wikinews article, or
    of row ``art_id`` of the 10kGNAD test file when ``split`` is ``10kgnad`` (no title; sentences
    from the pipeline's sentence splitter, which the gold records then keep)."""
    if split == GNAD_SPLIT:
        return _gnad_article(int(art_id))
    raw = json.loads((data / split / f"{art_id}.json").read_text(encoding="utf-8"))
    text = raw["originalText"]
    sentences = []
    for s in raw["sentences"]:
        start, end = s["charBegin"], s["charEnd"]
        while end > start and text[end - 1].isspace():
            end -= 1
        sentences.append((start, end))
    title = raw.get("documentName", "").split(" - ", 1)[-1]
    return {"text": text, "title": title, "sentences": sentences}


_SPLITTER = []


def _gnad_article(row: int) -> dict:
    from lagebild.eval.event_articles import gnad_texts
    from lagebild.pipeline import build_pipeline
    if not _SPLITTER:
        _SPLITTER.append((gnad_texts(GNAD_FILE), build_pipeline(["lb_sentences"])))
    texts, nlp = _SPLITTER[0]
    text = texts[row]
    sentences = []
    for sent in nlp(text).sents:
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append((start, end))
    return {"text": text, "title": "", "sentences": sentences}


def check_event(ev: dict) -> list[str]:
    """Return what is wrong with one coded event (empty when it is valid)."""
    errors = []
    if ev.get("type") not in TYPES:
        errors.append(f"type {ev.get('type')!r} is not one of the 16 PLOVER types")
    if ev.get("modality", "asserted") not in MODALITIES:
        errors.append(f"modality {ev.get('modality')!r} not in {sorted(MODALITIES)}")
    if not isinstance(ev.get("negated", False), bool):
        errors.append("negated must be true or false")
    for side in ("source", "target"):
        codes = ev.get(side, [])
        if not isinstance(codes, list):
            errors.append(f"{side} must be a list of codes")
            continue
        errors += [f"{side} code {c!r} is not CAMEO-style (e.g. USAGOV, ---REB, IGOUNO)"
                   for c in codes if not CODE.match(str(c))]
    if not ev.get("source"):
        errors.append("source is empty: code the actor (---CVL etc. when unknown)")
    date = ev.get("date")
    if date is not None and not TIMEX.match(str(date)):
        errors.append(f"date {date!r} is not a TIMEX3 date value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Wnn)")
    att = ev.get("attributed_to")
    if att is not None and not CODE.match(str(att)):
        errors.append(f"attributed_to {att!r} is not a code")
    return errors
