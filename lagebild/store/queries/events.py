"""Events as stored rows, filtered for ``lagebild events`` (bound parameters only)."""

from __future__ import annotations

import duckdb

MODALITIES = ("asserted", "hypothetical", "future", "demanded")

COLUMNS = ("article_id", "idx", "type", "mode", "negated", "modality", "source", "target",
           "date", "location", "trigger", "attributed_to", "cluster_id", "evidence")


def find_events(con: duckdb.DuckDBPyConnection, actor: str | None = None,
                types: list[str] | None = None, since: str | None = None,
                until: str | None = None, negated: bool | None = None,
                modality: str | None = None, limit: int | None = None) -> list[dict]:
    """Return stored events matching every given filter, ordered by date, article and index.

    ``actor`` matches a source or target by name (case-insensitive) or by actor code, where a
    country code also matches its sector codes (``VEN`` finds ``VENGOV``). ``since``/``until``
    are ISO dates of any precision and inclusive: ``until="2022-03"`` keeps all of March.
    """
    where, params = ["TRUE"], []
    if actor:
        where.append(
            "EXISTS (SELECT 1 FROM unnest(list_concat(coalesce(e.source_names, []), "
            "coalesce(e.target_names, []))) AS n(x) WHERE lower(n.x) = lower(?)) OR "
            "EXISTS (SELECT 1 FROM unnest(list_concat(coalesce(e.source_codes, []), "
            "coalesce(e.target_codes, []))) AS c(x) WHERE c.x = upper(?) OR "
            "(length(?) = 3 AND starts_with(c.x, upper(?))))")
        where[-1] = f"({where[-1]})"
        params += [actor, actor, actor, actor]
    if types:
        where.append("e.type IN (SELECT unnest(?::VARCHAR[]))")
        params.append([t.upper() for t in types])
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
