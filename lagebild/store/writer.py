"""Idempotent writes: articles, analysis records and problems.

Keys are content hashes, so writing the same article twice keeps one row; writing the analysis of
an article again replaces its rows in every annotation table.
"""

from __future__ import annotations

import json

import duckdb
import pyarrow as pa

from .. import __version__
from ..article import Article
from ..errors import InputProblem

ANNOTATION_TABLES = ("entities", "timexes", "quotes", "events")
ARTICLE_FIELDS = ("id", "text", "date", "date_precision", "dateline_place", "dateline_agency",
                  "title", "url", "source", "location")
ARTICLE_COLUMNS = ", ".join(ARTICLE_FIELDS)


def article_exists(con: duckdb.DuckDBPyConnection, article_id: str) -> bool:
    """True if an article with this id is stored."""
    return con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None


def stored_text_id(con: duckdb.DuckDBPyConnection, article_id: str) -> str | None:
    """Return the content hash of the text stored under ``article_id``, or None if none is."""
    from ..article import content_id

    row = con.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    return None if row is None else content_id(row[0])


def insert_article(con: duckdb.DuckDBPyConnection, a: Article, near_duplicate_of: str | None = None,
                   minhash: bytes | None = None) -> bool:
    """Store ``a`` (with its near-duplicate link and MinHash signature) unless its id is already
    stored; return True if it was added."""
    if article_exists(con, a.id):
        return False
    values = [getattr(a, f) for f in ARTICLE_FIELDS] + [near_duplicate_of, minhash]
    con.execute(f"INSERT INTO articles ({ARTICLE_COLUMNS}, near_duplicate_of, minhash) "
                f"VALUES ({', '.join('?' * len(values))})", values)
    return True


def load_article(row: tuple) -> Article:
    """Build an Article from a row of :data:`ARTICLE_COLUMNS`."""
    return Article(**dict(zip(ARTICLE_FIELDS, row)))




def _names(side: list[dict] | None, key: str) -> list:
    return [p.get(key) for p in (side or [])]


def append_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Append ``rows`` (tuples in the table's column order) to ``table`` in one statement.

    One Arrow table per call: ``executemany`` costs about 0.3 ms per row, a tenth of the whole
    analysis of an article with its 70-odd entity, timex, quote and event rows."""
    if rows:
        columns = {f"c{i}": pa.array(values) for i, values in enumerate(zip(*rows))}
        con.from_arrow(pa.table(columns)).insert_into(table)


DOCUMENT_COLUMNS = ("article_id", "record", "n_sentences", "n_tokens", "pipeline_version", "kb_version")


def record_rows(record: dict, kb_version: str | None = None) -> dict[str, list[tuple]]:
    """The rows one analysis record adds, per table: ``documents`` (in :data:`DOCUMENT_COLUMNS`
    order) and the :data:`ANNOTATION_TABLES` (in their column order)."""
    aid = record["id"]
    text = record["text"]
    rows: dict[str, list[tuple]] = {
        "documents": [(aid, json.dumps(record, ensure_ascii=False), len(record["sentences"]),
                       record.get("n_tokens"), __version__, kb_version)]}
    rows["entities"] = [(aid, i, e["start"], e["end"], e["text"], e["label"], e.get("actor_id"), e.get("name"),
                         e.get("actor_code"), e.get("country")) for i, e in enumerate(record["entities"])]
    rows["timexes"] = [(aid, i, t["start"], t["end"], t["text"], t.get("type"), t.get("value"), t.get("anchor"))
                       for i, t in enumerate(record["timexes"])]
    quotes = rows["quotes"] = []
    for i, q in enumerate(record["quotes"]):
        parts = q.get("quote") or []
        qs = min((p["start"] for p in parts), default=None)
        qe = max((p["end"] for p in parts), default=None)
        sp = q.get("speaker") or {}
        cue = q.get("cue") or {}
        quotes.append((aid, i, q.get("type"), qs, qe,
                       " … ".join(text[p["start"]:p["end"]] for p in parts),
                       sp.get("start"), sp.get("end"), sp.get("text"), sp.get("actor_id"),
                       sp.get("name"), cue.get("text"), cue.get("start"), cue.get("end"),
                       json.dumps(q, ensure_ascii=False)))
    events = rows["events"] = []
    for i, e in enumerate(record["events"]):
        loc = e.get("location") or {}
        trig = e.get("trigger") or {}
        ev = e.get("evidence") or {}
        attributed = e.get("attributed_to")
        if isinstance(attributed, dict):
            attributed = attributed.get("name") or attributed.get("text")
        events.append((aid, i, e.get("type"), e.get("mode"), bool(e.get("negated")), e.get("modality"),
                       _names(e.get("source"), "name"), _names(e.get("source"), "actor_code"),
                       _names(e.get("source"), "country"),
                       _names(e.get("target"), "name"), _names(e.get("target"), "actor_code"),
                       _names(e.get("target"), "country"),
                       e.get("date"), loc.get("name"), loc.get("country"),
                       trig.get("start"), trig.get("end"), trig.get("text"),
                       ev.get("start"), ev.get("end"), attributed, e.get("cluster_id"),
                       json.dumps(e, ensure_ascii=False)))
    return rows


def write_record(con: duckdb.DuckDBPyConnection, record: dict, kb_version: str | None = None) -> None:
    """Store the analysis record of one article, replacing any earlier analysis of it;
    ``kb_version`` names the KB it was coded with (:func:`lagebild.kb.overlay.kb_version`)."""
    replace_records(con, [record], kb_version)


def replace_records(con: duckdb.DuckDBPyConnection, records: list[dict], kb_version: str | None = None) -> None:
    """Store the analysis records of several articles, replacing earlier analyses of them, with
    five deletes and one insert per table for the lot (per article that cost ten statements).
    Run it inside a transaction: the articles then land together or not at all."""
    ids = [record["id"] for record in records]
    for table in ("documents",) + ANNOTATION_TABLES:
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    write_new_records(con, records, kb_version)


def write_new_records(con: duckdb.DuckDBPyConnection, records: list[dict], kb_version: str | None = None) -> None:
    """Store the analysis records of articles ``con`` holds no analysis of (a Dask task's fresh
    database), all at once: one insert per table instead of five statements per article."""
    rows: dict[str, list[tuple]] = {}
    for record in records:
        for table, table_rows in record_rows(record, kb_version).items():
            rows.setdefault(table, []).extend(table_rows)
    docs = rows.get("documents")
    if docs:
        # by name: ``documents`` has columns the writer leaves to their defaults (analysed_at)
        arrow = pa.table({c: pa.array(v) for c, v in zip(DOCUMENT_COLUMNS, zip(*docs))})
        con.register("_lagebild_documents", arrow)
        try:
            con.execute(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
                        f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM _lagebild_documents")
        finally:
            con.unregister("_lagebild_documents")
    for table in ANNOTATION_TABLES:
        append_rows(con, table, rows.get(table) or [])


def write_problem(con: duckdb.DuckDBPyConnection, problem: InputProblem, run_id: str | None = None) -> None:
    """Record one bad input, once: the same problem at the same place is not stored twice."""
    exists = con.execute(
        "SELECT 1 FROM problems WHERE source = ? AND coalesce(location,'') = coalesce(?,'') "
        "AND code = ? AND reason = ?",
        [problem.source, problem.location, problem.code.value, problem.reason]).fetchone()
    if exists:
        return
    con.execute("INSERT INTO problems (source, location, code, stage, reason, run_id) VALUES (?,?,?,?,?,?)",
                [problem.source, problem.location, problem.code.value, problem.stage, problem.reason, run_id])
