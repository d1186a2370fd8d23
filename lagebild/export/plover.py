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
DEMAND -> REQUEST and DISAPPROVE -> ACCUSE. ``date`` is YYYY-MM-DD when the event's date is known
to the day; otherwise it holds what is known (YYYY-MM or YYYY) and ``date_precision`` says so.
The evidence sentence itself (``text``) is only written with ``with_text=True``: the manual
expects it only where the exporter holds the rights to the article text.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from .. import __version__
from .events import event_date, iter_events, parties

PLOVER_NAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE"}
CODER = f"lagebild {__version__}"


def _precision(date: str | None) -> str | None:
    return {10: "day", 7: "month", 4: "year"}.get(len(date)) if date else None


def _entity(p: dict) -> dict:
    code = p.get("actor_code") or ""
    country = p.get("country")
    return {"code": country or (code[:3] or None), "sector": code[3:] or None,
            "entity_text": p.get("text") or p.get("name"), "identifier_id": p.get("actor_id"),
            "identifier_text": p.get("name"), "actor_code": p.get("actor_code") or None}


def plover_record(row: dict, with_text: bool = False) -> dict:
    """Build the PLOVER record of one event row (see :func:`~.events.iter_events`)."""
    rec = row["record"]
    date = event_date(row)
    loc = None
    if row["location_name"] or row["location_country"]:
        loc = {"extracted_place": row["location_name"], "country_code": row["location_country"]}
    mode = rec.get("mode") if rec else row["mode"]
    out = {
        "id": f"lagebild-{row['article_id']}-{row['idx']}",
        "has_event": True,
        "date": date,
        "date_precision": _precision(date),
        "actor": [_entity(p) for p in parties(row, "source")],
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
