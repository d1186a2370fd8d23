"""Events as stored rows, filtered for ``lagebild events`` (bound parameters only)."""

from __future__ import annotations

import duckdb

from ...vocabulary import canonical_event_type

MODALITIES = ("asserted", "hypothetical", "future", "demanded")

COLUMNS = ("article_id", "idx", "type", "mode", "negated", "modality", "source", "target",
           "date", "location", "trigger", "attributed_to", "cluster_id", "evidence")


def find_events(con: duckdb.DuckDBPyConnection, actor: str | dict | None = None,
                types: list[str] | None = None, since: str | None = None,
                until: str | None = None, negated: bool | None = None,
                modality: str | None = None, limit: int | None = None) -> list[dict]:
    """Return stored events matching every given filter, ordered by date, article and index.

    ``actor`` is what a user typed (resolved by :func:`lagebild.store.queries.actors.require_actor`:
    an id, name, alias, surname, place or CAMEO code, where a country code stands for every actor
    of that country: ``VEN`` finds ``VENGOV``) or an actor record; it matches a source or target.
    An unknown actor raises :class:`~lagebild.store.queries.actors.UnknownActor`.
    ``since``/``until`` are ISO dates of any precision and inclusive: ``until="2022-03"`` keeps
    all of March.
    """
    from .actors import require_actor
    from .graph import participant_clause

    where, params = ["TRUE"], []
    if actor:
        who = require_actor(con, actor) if isinstance(actor, str) else actor
        src, src_params = participant_clause("source", who)
        tgt, tgt_params = participant_clause("target", who)
        where.append(f"({src} OR {tgt})")
        params += src_params + tgt_params
    if types:
        where.append("e.type IN (SELECT unnest(?::VARCHAR[]))")
        params.append([canonical_event_type(t) for t in types])  # ACCUSE = DISAPPROVE
    if since:
        where.append("e.date IS NOT NULL AND substr(e.date, 1, length(?)) >= ?")
        params += [since, since]
    if until:
        where.append("e.date IS NOT NULL AND substr(e.date, 1, length(?)) <= ?")
        params += [until, until]
    if negated is not None:
        where.append("e.negated = ?")
        params.append(negated)
    if modality:
        if modality not in MODALITIES:
            raise ValueError(f"modality must be one of {', '.join(MODALITIES)}")
        where.append("e.modality = ?")
        params.append(modality)
    sql = ("SELECT e.article_id, e.idx, e.type, e.mode, e.negated, e.modality, "
           "array_to_string(e.source_names, '; '), array_to_string(e.target_names, '; '), "
           "e.date, e.location_name, e.trigger_text, e.attributed_to, e.cluster_id, "
           "substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) "
           "FROM events e LEFT JOIN articles a ON a.id = e.article_id "
           f"WHERE {' AND '.join(where)} ORDER BY e.date NULLS LAST, e.article_id, e.idx")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [dict(zip(COLUMNS, row)) for row in con.execute(sql, params).fetchall()]
