"""GDELT 2.0 event table: the 61 fields of the GDELT 2.0 Event Codebook, in their order.

Tab-separated, no quoting, one header line (GDELT's own files have none; ``--no-header`` is not
needed by pandas or DuckDB, which read the header). One row per (source, target) pair of an
event that happened: GDELT has no way to say "did not happen" or "may happen", so negated,
hypothetical, future and demanded events are left out (the PLOVER export keeps them, flagged).

How lagebild fills the fields:

- ``GLOBALEVENTID``: a stable integer, the first 60 bits of SHA-1 of ``article:idx:i:j``.
- ``SQLDATE``: YYYYMMDD of the event's own date when it is known to the day, else of the
  article's date (GDELT dates events by their report); parts unknown to both are ``00``.
  ``MonthYear`` YYYYMM, ``Year`` YYYY, ``FractionDate`` as GDELT computes it.
- ``Actor1Code`` etc.: CAMEO-style actor code (``DEUGOV``), name, country (ISO 3166-1 alpha-3,
  as CAMEO), ``Actor1Type1Code`` the sector (``GOV``), ``KnownGroupCode`` the IGO/NGO code.
  Ethnic and religion codes stay empty.
- ``EventCode``/``EventBaseCode``/``EventRootCode``: CAMEO codes of the PLOVER type, from the
  CAMEO-to-PLOVER table read backwards (``lagebild/export/data/plover_cameo.tsv``);
  ``QuadClass`` 1-4; ``GoldsteinScale`` the PLOVER conflict-cooperation score of the type (the
  PLOVER manual's successor of the Goldstein scale, same -10..+10 range).
- ``NumMentions``: stored mentions of the same real event (its cross-article cluster);
  ``NumSources`` distinct agencies or sources among them; ``NumArticles`` distinct articles.
  ``AvgTone`` is empty (lagebild does not score tone).
- ``ActionGeo_*``: type 4 with the place's name when a place is known, 1 when only its country;
  the country code is ISO alpha-3 (GDELT uses FIPS 10-4 here; no FIPS table ships offline);
  ADM codes, coordinates and feature ids stay empty. Actor geo fields stay empty.
- ``DATEADDED``: YYYYMMDDHHMMSS of the article date (time 000000); ``SOURCEURL`` the article URL,
  or ``lagebild:article/<id>`` when it has none.
"""

from __future__ import annotations

import csv
import hashlib
from functools import lru_cache
from pathlib import Path

import duckdb

from .events import date_parts, iter_events, parties

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
           + tuple(f"Actor1{f}" for f in ACTOR_FIELDS) + tuple(f"Actor2{f}" for f in ACTOR_FIELDS)
           + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
           + tuple(f"Actor1Geo_{f}" for f in GEO_FIELDS) + tuple(f"Actor2Geo_{f}" for f in GEO_FIELDS)
           + tuple(f"ActionGeo_{f}" for f in GEO_FIELDS) + ("DATEADDED", "SOURCEURL"))
assert len(COLUMNS) == 61  # the GDELT 2.0 event table

DATA = Path(__file__).with_name("data") / "plover_cameo.tsv"


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, dict]:
    """lagebild type -> {plover, root, code, quad, score} from ``data/plover_cameo.tsv``."""
    out = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        typ, plover, root, code, quad, score = line.split("\t")
        out[typ] = {"plover": plover, "root": root, "code": code, "quad": int(quad), "score": float(score)}
    return out


def _parts(date: str | None) -> tuple[str, str, str] | None:
    """(year, month, day) of an ISO-like date of any precision; '00' for unknown parts; None if
    the value holds no year (``XXXX-XX``, ``PRESENT_REF``)."""
    parts = date_parts(date, whole=False)
    return (parts[0], parts[1] or "00", parts[2] or "00") if parts else None


def sql_date(event: str | None, article: str | None) -> tuple[str, str, str, str]:
    """SQLDATE, MonthYear, Year and FractionDate: the event's day if known, else the article's."""
    ev, art = _parts(event), _parts(article)
    chosen = ev if ev and ev[2] != "00" else (art if art and art[2] != "00" else (ev or art))
    if chosen is None:
        return "", "", "", ""
    y, m, d = chosen
    fraction = f"{int(y) + (int(m) * 30 + int(d)) / 365:.4f}"
    return f"{y}{m}{d}", f"{y}{m}", y, fraction


def _event_id(article_id: str, idx: int, i: int, j: int) -> int:
    digest = hashlib.sha1(f"{article_id}:{idx}:{i}:{j}".encode()).hexdigest()
    return int(digest[:15], 16)


def _clean(value) -> str:
    """Tabs and newlines would break the table; GDELT fields never contain them."""
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _actor(p: dict) -> list:
    code = p.get("actor_code") or ""
    group = code if code.startswith(("IGO", "NGO")) else None
    sector = code[3:6] if len(code) >= 6 and not group else None
    return [code or None, p.get("name"), p.get("country") or (code[:3] if code and not group else None),
            group, None, None, None, sector, code[6:9] or None if sector else None, None]


def happened(row: dict) -> bool:
    """True for an event the GDELT table can hold: asserted and not negated."""
    return not row["negated"] and (row["modality"] or "asserted") == "asserted"


def gdelt_rows(row: dict, clusters: dict | None = None) -> list[list[str]]:
    """The GDELT rows of one event row (see :func:`~.events.iter_events`)."""
    cameo = cameo_table().get(row["type"])
    if cameo is None:
        return []
    day, month_year, year, fraction = sql_date(row["event_date"], row["article_date"])
    added = _parts(row["article_date"])
    date_added = f"{added[0]}{added[1]}{added[2]}000000" if added else ""
    mentions, sources, articles = (clusters or {}).get(row["cluster_id"], (1, 1, 1)) \
        if row["cluster_id"] else (1, 1, 1)
    geo_type = 4 if row["location_name"] else (1 if row["location_country"] else 0)
    action_geo = [geo_type, row["location_name"], row["location_country"], None, None, None, None, None]
    empty_geo = [0, None, None, None, None, None, None, None]
    out = []
    for i, s in enumerate(parties(row, "source") or [{}]):
        for j, t in enumerate(parties(row, "target") or [{}]):
            values = ([_event_id(row["article_id"], row["idx"], i, j), day, month_year, year, fraction]
                      + _actor(s) + _actor(t)
                      + [1, cameo["code"], cameo["code"], cameo["root"], cameo["quad"], cameo["score"],
                         mentions, sources, articles, None]
                      + empty_geo + empty_geo + action_geo
                      + [date_added, row["url"] or f"lagebild:article/{row['article_id']}"])
            out.append([_clean(v) for v in values])
    return out


def export_gdelt(con: duckdb.DuckDBPyConnection, output: Path, batch_size: int = 2000) -> int:
    """Write the GDELT 2.0 event table to ``output``; return the number of rows (actor pairs).

    The table is written to a temporary file beside ``output`` and moved into place at the
    end, so a failure never leaves a partial table under the asked name."""
    import os
    import tempfile

    # per cluster: mentions, distinct sources, distinct articles (one small aggregate)
    clusters = {cid: (n, s, a) for cid, n, s, a in con.execute(
        "SELECT e.cluster_id, count(*), count(DISTINCT coalesce(a.dateline_agency, a.source, a.id)), "
        "count(DISTINCT e.article_id) FROM events e LEFT JOIN articles a ON a.id = e.article_id "
        "WHERE e.cluster_id IS NOT NULL GROUP BY e.cluster_id").fetchall()}
    output = Path(output)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
    n = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar=None,
                                lineterminator="\n")
            writer.writerow(COLUMNS)
            for row in iter_events(con, batch_size):
                if not happened(row):
                    continue
                for out in gdelt_rows(row, clusters):
                    writer.writerow(out)
                    n += 1
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
