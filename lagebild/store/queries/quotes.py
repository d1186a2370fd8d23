"""Quotations by speaker: what someone said across the corpus.

The speaker is resolved like every actor key (:func:`lagebild.store.queries.actors.resolve_actor`:
``Merkel``, ``Angela Merkel``, ``per:angela-merkel`` are one actor); a quote matches when its
speaker was resolved to that actor or carries one of its names. Parameters are always bound,
never pasted into the SQL.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import duckdb

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
    """Quotations by the speaker ``name`` resolves to, oldest article first.

    ``types`` restricts the quote types (Direct, Indirect, ...); ``limit`` is capped at
    :data:`MAX_ROWS`. An unknown speaker raises :class:`~lagebild.store.queries.actors.UnknownActor`
    with the closest names.
    """
    from .actors import require_actor

    name = (name or "").strip()
    if not name:
        raise ValueError("a speaker name is needed")
    who = require_actor(con, name)
    names = [n for n in who["names"] or [who["name"]] if n]
    params: list = [who["actor_id"], names, who["actor_id"], names]
    where = ("(q.speaker_actor_id = ? OR list_contains(?::VARCHAR[], q.speaker_name) "
             "OR (? IS NULL AND list_contains(?::VARCHAR[], q.speaker_text)))")
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
