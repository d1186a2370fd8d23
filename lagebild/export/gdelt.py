"""GDELT-2.0-style event table: tab-separated, one header line, one row per actor pair.

GDELT codes one Actor1 and one Actor2 per row; a lagebild event can have several sources and
targets, so it becomes one row per (source, target) pair (one row with an empty side when a side
is empty). The columns, in order:

=====================  ==========================================================================
GlobalEventID          stable integer: the first 60 bits of SHA-1 of ``article:idx:i:j``
Day                    YYYYMMDD of the event date (event's own date, else the article's); a date
                       known only to the month or year has ``00`` for the unknown parts
MonthYear, Year        YYYYMM, YYYY
FractionDate           YYYY.FFFF as GDELT computes it: year + (month * 30 + day) / 365
Actor1Code             CAMEO-style actor code of the source (``DEUGOV``)
Actor1Name             source name
Actor1CountryCode      ISO 3166-1 alpha-3 country of the source
Actor2Code/Name/CountryCode   the same for the target
IsRootEvent            1 (every stored event is a coded sentence-level event)
EventCode              the PLOVER type (GDELT uses CAMEO numbers here; lagebild codes PLOVER)
EventBaseCode          the PLOVER type
EventRootCode          the PLOVER type
QuadClass              1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
                       4 material conflict, derived from the PLOVER type
GoldsteinScale         empty (PLOVER has no Goldstein score)
NumMentions            number of stored event mentions in the same cluster (1 without clustering)
NumSources, NumArticles  1
AvgTone                empty
ActionGeo_Type         4 (city/place) when a place is known, 1 (country) when only its country, else 0
ActionGeo_FullName     the event's place name
ActionGeo_CountryCode  ISO alpha-3 country of the place
DATEADDED              YYYYMMDD of the article date
SOURCEURL              the article URL, or ``lagebild:article/<id>`` without one
ArticleID              lagebild article id (the story id)
EventIndex             index of the event within the article
Negated                1 for negated events ("keine Einigung erzielt"), else 0
Modality               asserted | hypothetical | future | demanded
DatePrecision          day | month | year
ClusterID              the cross-article cluster of the same real event
TriggerText            the word(s) that express the event
=====================  ==========================================================================
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import duckdb

from .events import event_date, iter_events, parties

COLUMNS = ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
           "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode",
           "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
           "NumMentions", "NumSources", "NumArticles", "AvgTone",
           "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL",
           "ArticleID", "EventIndex", "Negated", "Modality", "DatePrecision", "ClusterID", "TriggerText")


def _day(date: str | None) -> tuple[str, str, str, str]:
    """Day, MonthYear, Year and FractionDate of an ISO date of any precision ('' when unknown)."""
    if not date:
        return "", "", "", ""
    parts = date.split("-")
    year = parts[0]
    month = parts[1] if len(parts) > 1 else "00"
    day = parts[2][:2] if len(parts) > 2 else "00"
    fraction = f"{int(year) + (int(month) * 30 + int(day)) / 365:.4f}"
    return f"{year}{month}{day}", f"{year}{month}", year, fraction


def _event_id(article_id: str, idx: int, i: int, j: int) -> int:
    digest = hashlib.sha1(f"{article_id}:{idx}:{i}:{j}".encode()).hexdigest()
    return int(digest[:15], 16)


def _clean(value) -> str:
    """Tabs and newlines would break the table; GDELT fields never contain them."""
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def gdelt_rows(row: dict, cluster_sizes: dict | None = None) -> list[list[str]]:
    """The GDELT rows of one event row (see :func:`~.events.iter_events`)."""
    day, month_year, year, fraction = _day(event_date(row))
    added = _day(row["article_date"])[0]
    sources = parties(row, "source") or [{}]
    targets = parties(row, "target") or [{}]
    geo_type = 4 if row["location_name"] else (1 if row["location_country"] else 0)
    mentions = (cluster_sizes or {}).get(row["cluster_id"], 1) if row["cluster_id"] else 1
    date = event_date(row)
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date)) if date else ""
    out = []
    for i, s in enumerate(sources):
        for j, t in enumerate(targets):
            out.append([_clean(v) for v in (
                _event_id(row["article_id"], row["idx"], i, j), day, month_year, year, fraction,
                s.get("actor_code"), s.get("name"), s.get("country"),
                t.get("actor_code"), t.get("name"), t.get("country"),
                1, row["type"], row["type"], row["type"], row["quad"], None,
                mentions, 1, 1, None,
                geo_type, row["location_name"], row["location_country"], added,
                row["url"] or f"lagebild:article/{row['article_id']}",
                row["article_id"], row["idx"], int(bool(row["negated"])), row["modality"], precision,
                row["cluster_id"], row["trigger_text"])])
    return out


def export_gdelt(con: duckdb.DuckDBPyConnection, output: Path, batch_size: int = 2000) -> int:
    """Write the GDELT-style table to ``output``; return the number of rows (actor pairs) written."""
    # Cluster sizes are one small aggregate (one int per cluster), not the events themselves.
    sizes = dict(con.execute("SELECT cluster_id, count(*) FROM events WHERE cluster_id IS NOT NULL "
                             "GROUP BY cluster_id").fetchall())
    n = 0
    with open(output, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar=None,
                            lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in iter_events(con, batch_size):
            for out in gdelt_rows(row, sizes):
                writer.writerow(out)
                n += 1
    return n
