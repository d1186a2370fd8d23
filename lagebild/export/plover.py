"""PLOVER export: one PLOVER JSON record per stored event, JSON Lines.

Field names follow the PLOVER manual's "Data Fields" chapter: ``id``, ``date``, ``actor``,
``recipient`` (lists of entity objects with ``code``, ``sector``, ``entity_text``,
``identifier_id``, ``identifier_text``), ``event`` (list of categories), ``quad_code``, ``mode``
and ``context`` (lists), ``event_loc`` (location object with ``extracted_place`` and
``country_code``), ``event_text``, ``text_info`` (character offsets of the evidence),
``cite_info`` (``corpus``, ``citation``, ``url``, ``title``, ``language``, ``publication``,
``coder``, ``codebook``), ``link`` (the cross-article cluster of the same real event), ``coder``
and ``has_event``. The manual allows providers to add named fields; lagebild adds ``story_id``
(the article id), ``date_precision``, ``negated``, ``modality`` and ``attributed_to``.

Two store type names are older spellings of PLOVER categories and are renamed on export:
DEMAND -> REQUEST and DISAPPROVE -> ACCUSE (:mod:`lagebild.vocabulary`). ``date`` is always
YYYY-MM-DD as the spec asks: the event's own date, else its article's; a date known only to the
month or year is written as the first day of that period and ``date_precision`` (day, month,
year) says how much of it is known. An event value that is not a calendar date (a week, a
century) falls back to the article date. Actors carry their full CAMEO-style ``code``
(``DEUGOV``; ``---COP`` for police of an unknown country) with ``sector`` and ``country``
beside it; an event whose source the coder could not name gets one actor with code ``---``
(unknown) and the words it was reported with, since the spec requires an actor.
The evidence sentence itself (``text``) is only written with ``with_text=True``: the manual
expects it only where the exporter holds the rights to the article text.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from .. import __version__
from ..vocabulary import EVENT_TYPE_ALIASES
from .events import date_parts, iter_events, parties

PLOVER_NAME = {lagebild: plover for plover, lagebild in EVENT_TYPE_ALIASES.items()}
CODER = f"lagebild {__version__}"


def iso_day(value: str | None) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD, precision)`` of a calendar date of any precision; ``(None, None)`` if it is not one."""
    parts = date_parts(value)
    if parts is None:
        return None, None
    y, mo, d = parts
    return f"{y}-{mo or '01'}-{d or '01'}", "day" if d else ("month" if mo else "year")


def plover_date(row: dict) -> tuple[str | None, str | None]:
    """The event's date as YYYY-MM-DD with its precision: its own date, else its article's."""
    day, precision = iso_day(row["event_date"])
    return (day, precision) if day else iso_day(row["article_date"])


def _entity(p: dict) -> dict:
    code = p.get("actor_code") or ""
    if code and len(code) == 3 and code.isalpha() and not p.get("country") and code in _SECTORS:
        code = "---" + code  # a sector without its country ("COP"): unknown country
    igo = code.startswith(("IGO", "NGO"))
    return {"code": code or "---", "sector": (code[3:] or None) if not igo else None,
            "country": p.get("country") or (code[:3] if code and not igo and code[:3] != "---" else None),
            "entity_text": p.get("text") or p.get("name"), "identifier_id": p.get("actor_id"),
            "identifier_text": p.get("name"), "actor_code": p.get("actor_code") or None}


_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "CVL", "LAB", "BUS", "MED",
                      "SPY", "PTY", "EDU", "REL", "HLH", "NGO", "IGO", "REF", "ELI", "ENV", "AGR",
                      "CRM", "UAF", "MOD", "RAD", "SEP", "INS"})
_UNKNOWN_ACTOR = {"code": "---", "sector": None, "country": None, "entity_text": None,
                  "identifier_id": None, "identifier_text": "unknown", "actor_code": None}


def plover_record(row: dict, with_text: bool = False) -> dict:
    """Build the PLOVER record of one event row (see :func:`~.events.iter_events`)."""
    rec = row["record"]
    date, precision = plover_date(row)
    loc = None
    if row["location_name"] or row["location_country"]:
        loc = {"extracted_place": row["location_name"], "country_code": row["location_country"]}
    mode = rec.get("mode") if rec else row["mode"]
    out = {
        "id": f"lagebild-{row['article_id']}-{row['idx']}",
        "has_event": True,
        "date": date,
        "date_precision": precision,
        "actor": [_entity(p) for p in parties(row, "source")] or [dict(_UNKNOWN_ACTOR)],
        "recipient": [_entity(p) for p in parties(row, "target")],
        "event": [PLOVER_NAME.get(row["type"], row["type"])],
        "quad_code": row["quad"],
        "mode": [m for m in (mode if isinstance(mode, list) else [mode]) if m],
        "context": list(rec.get("context") or []),
        "event_loc": loc,
        "event_text": [row["trigger_text"]] if row["trigger_text"] else [],
        "text_info": {"start": row["evidence_start"], "end": row["evidence_end"]},
        "cite_info": {"corpus": row["source"], "citation": row["article_id"], "url": row["url"],
                      "title": row["title"], "language": "de", "publication": row["dateline_agency"],
                      "coder": CODER, "codebook": "plover-base"},
        "link": row["cluster_id"],
        "coder": CODER,
        "story_id": row["article_id"],
        "negated": bool(row["negated"]),
        "modality": row["modality"],
        "attributed_to": row["attributed_to"],
    }
    if with_text:
        out["text"] = row["evidence_text"]
    return out


def export_plover(con: duckdb.DuckDBPyConnection, output: Path, batch_size: int = 2000,
                  with_text: bool = False) -> int:
    """Write one PLOVER record per event to ``output`` (JSON Lines); return the number written."""
    n = 0
    with open(output, "w", encoding="utf-8") as fh:
        for row in iter_events(con, batch_size):
            fh.write(json.dumps(plover_record(row, with_text), ensure_ascii=False))
            fh.write("\n")
            n += 1
    return n
