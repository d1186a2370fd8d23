"""Event rows for the event exports: one dict per stored event, streamed in batches."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import duckdb

from ..store.queries.graph import QUAD_SQL
from .stream import iter_rows

EVENT_SQL = f"""
SELECT e.article_id, e.idx, e.type, {QUAD_SQL} AS quad, e.mode, e.negated, e.modality,
       e.date AS event_date, a.date AS article_date, a.date_precision, a.title, a.url, a.source,
       a.dateline_agency, e.location_name, e.location_country, e.trigger_start, e.trigger_end,
       e.trigger_text, e.evidence_start, e.evidence_end,
       substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence_text,
       e.attributed_to, e.cluster_id, e.record::VARCHAR AS record,
       e.source_names, e.source_codes, e.source_countries, e.target_names, e.target_codes,
       e.target_countries
FROM events e LEFT JOIN articles a ON a.id = e.article_id
"""
# No ORDER BY: a global sort would hold every row (records included) in memory at once; DuckDB keeps
# the storage order of a plain scan (preserve_insertion_order), so the output is still deterministic.


def iter_events(con: duckdb.DuckDBPyConnection, batch_size: int = 2000) -> Iterator[dict]:
    """Yield every stored event with its article's metadata and its parsed record (``record``)."""
    for row in iter_rows(con, EVENT_SQL, batch_size=batch_size):
        row["record"] = json.loads(row["record"]) if row["record"] else {}
        yield row


def event_date(row: dict) -> str | None:
    """The event's date, else its article's date (a date is never invented)."""
    return row["event_date"] or row["article_date"]


def parties(row: dict, side: str) -> list[dict]:
    """The source or target participants of an event: from its record, else from the table columns."""
    found = [p for p in (row["record"].get(side) or []) if isinstance(p, dict)]
    if found:
        return found
    names = row.get(f"{side}_names") or []
    codes = row.get(f"{side}_codes") or []
    countries = row.get(f"{side}_countries") or []
    return [{"name": n, "actor_code": codes[i] if i < len(codes) else None,
             "country": countries[i] if i < len(countries) else None} for i, n in enumerate(names)]


_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?")


def date_parts(value: str | None, whole: bool = True) -> tuple[str, str | None, str | None] | None:
    """(year, month, day) of a calendar date of year, month or day precision (unknown parts None);
    None for a value without a year (``XXXX-XX``, ``PRESENT_REF``, year 0000). ``whole=False``
    also reads the date at the start of a longer value (``2022-03-05T10:00``, ``2006-W21``)."""
    m = _DATE.match(value or "")
    if not m or m.group(1) == "0000" or (whole and m.end() != len(value)):
        return None
    return m.group(1), m.group(2), m.group(3)
