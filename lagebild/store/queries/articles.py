"""Articles and their analysis records."""

from __future__ import annotations

import json

import duckdb

from .graph import Page, clamp

_LIST_COLUMNS = ("id", "date", "date_precision", "dateline_place", "dateline_agency", "title", "url",
                 "source", "near_duplicate_of")


def list_articles(con: duckdb.DuckDBPyConnection, date_from: str | None = None, date_to: str | None = None,
                  agency: str | None = None, place: str | None = None,
                  limit: int | None = 50, offset: int | None = 0) -> Page:
    """Articles (without text), newest first, with counts of their annotations."""
    limit, offset = clamp(limit, offset)
    where = ["TRUE"]
    params: list = []
    if date_from:
        where.append("a.date >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.date <= ?")
        params.append(date_to)
    if agency:
        where.append("a.dateline_agency = ?")
        params.append(agency)
    if place:
        where.append("a.dateline_place = ?")
        params.append(place)
    w = " AND ".join(where)
    total = con.execute(f"SELECT count(*) FROM articles a WHERE {w}", params).fetchone()[0]
    cols = ", ".join(f"a.{c}" for c in _LIST_COLUMNS)
    cur = con.execute(
        f"SELECT {cols}, d.article_id IS NOT NULL AS analysed, "
        "(SELECT count(*) FROM entities x WHERE x.article_id = a.id) AS entities, "
        "(SELECT count(*) FROM events x WHERE x.article_id = a.id) AS events, "
        "(SELECT count(*) FROM quotes x WHERE x.article_id = a.id) AS quotes "
        f"FROM articles a LEFT JOIN documents d ON d.article_id = a.id WHERE {w} "
        "ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?", params + [limit, offset])
    names = [d[0] for d in cur.description]
    return Page([dict(zip(names, r)) for r in cur.fetchall()], total, limit, offset)


def get_article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict | None:
    """One article with its text, metadata and full analysis record (``record`` is None if not analysed)."""
    cur = con.execute(f"SELECT {', '.join('a.' + c for c in _LIST_COLUMNS)}, a.text, d.record::VARCHAR, "
                      "d.pipeline_version, d.analysed_at FROM articles a "
                      "LEFT JOIN documents d ON d.article_id = a.id WHERE a.id = ?", [article_id])
    row = cur.fetchone()
    if row is None:
        return None
    out = dict(zip(_LIST_COLUMNS + ("text", "record", "pipeline_version", "analysed_at"), row))
    out["record"] = json.loads(out["record"]) if out["record"] else None
    out["analysed_at"] = str(out["analysed_at"]) if out["analysed_at"] else None
    out["copies"] = [r[0] for r in con.execute(
        "SELECT id FROM articles WHERE near_duplicate_of = ? ORDER BY id", [article_id]).fetchall()]
    return out
