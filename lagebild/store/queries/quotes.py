"""Quotations by speaker: what someone said across the corpus.

A speaker matches when ``NAME`` occurs, case-insensitively, in the quote's speaker text (the words
of the article: "der venezolanische Präsident Nicolas Maduro") or in the resolved actor name
("Nicolas Maduro"). Parameters are always bound, never pasted into the SQL.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import duckdb

from .graph import like_pattern

MAX_ROWS = 10_000


@dataclass(frozen=True)
class QuoteRow:
    """One stored quotation with where it comes from."""

    article_id: str
    date: str | None
    idx: int
    type: str | None
    speaker_text: str | None
    speaker_name: str | None
    speaker_actor_id: str | None
    cue: str | None
    quote_start: int | None
    quote_end: int | None
    quote_text: str | None
    spans: list[dict]

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return asdict(self)


def quotes_by_speaker(con: duckdb.DuckDBPyConnection, name: str, types: list[str] | None = None,
                      limit: int = 1000) -> list[QuoteRow]:
    """Quotations whose speaker text or actor name contains ``name``, oldest article first.

    ``types`` restricts the quote types (Direct, Indirect, ...); ``limit`` is capped at
    :data:`MAX_ROWS`.
    """
    name = (name or "").strip()
    if not name:
        raise ValueError("a speaker name is needed")
    pattern = like_pattern(name)
    params: list = [pattern, pattern]
    where = "(q.speaker_text ILIKE ? ESCAPE '\\' OR q.speaker_name ILIKE ? ESCAPE '\\')"
    if types:
        where += f" AND q.type IN ({', '.join('?' for _ in types)})"
        params += list(types)
    params.append(max(1, min(int(limit), MAX_ROWS)))
    rows = con.execute(
        "SELECT q.article_id, a.date, q.idx, q.type, q.speaker_text, q.speaker_name, "
        "q.speaker_actor_id, q.cue_text, q.quote_start, q.quote_end, q.quote_text, "
        "q.record::VARCHAR FROM quotes q LEFT JOIN articles a ON a.id = q.article_id "
        f"WHERE {where} ORDER BY a.date NULLS LAST, q.article_id, q.idx LIMIT ?", params).fetchall()
    out = []
    for r in rows:
        record = json.loads(r[11]) if r[11] else {}
        out.append(QuoteRow(*r[:11], spans=list(record.get("quote") or [])))
    return out
