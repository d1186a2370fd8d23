"""Dyads: what two actors did to each other over time, and the most active pairs.

A dyad series counts the events between actor A and actor B per week or month, by PLOVER quad
class (verbal/material cooperation/conflict) or by PLOVER type. Unless ``directed``, events in
both directions count. Negated events ("keine Einigung erzielt") did not happen, so the series
leaves them out unless ``include_negated``. The events behind one point come from
:func:`dyad_events`.
"""

from __future__ import annotations

import duckdb

from .graph import (EVENT_DATE_SQL, INTERVALS, QUAD_NAMES, QUAD_SQL, EventFilter, Page, clamp,
                    list_events)

BY = {"quad": QUAD_SQL, "type": "e.type"}


def dyad_series(con: duckdb.DuckDBPyConnection, a: dict, b: dict, interval: str = "month",
                by: str = "quad", directed: bool = False, date_from: str | None = None,
                date_to: str | None = None, include_negated: bool = False) -> dict:
    """Counts of events between actors ``a`` and ``b`` (:func:`~.graph.resolve_actor` results).

    Returns ``{"a", "b", "interval", "by", "categories", "series"}``; each series point is
    ``{"period", "counts": {category: n}, "cooperation", "conflict", "total"}``.
    """
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}")
    flt = EventFilter(dyad=(_names(a), _names(b)), directed=directed, date_from=date_from, date_to=date_to,
                      negated=None if include_negated else False)
    where, params = flt.where()
    sql = (f"SELECT {INTERVALS[interval]} AS p, {BY[by]} AS c, {QUAD_SQL} AS quad, count(*) "
           f"FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE {where} "
           f"GROUP BY ALL ORDER BY p")
    points: dict[str, dict] = {}
    categories: set[str] = set()
    for period, cat, quad, n in con.execute(sql, params).fetchall():
        if period is None:
            continue  # undated events (or week series over month-precision dates) have no place
        name = QUAD_NAMES.get(cat, "unknown") if by == "quad" else (cat or "unknown")
        categories.add(name)
        pt = points.setdefault(period, {"period": period, "counts": {}, "cooperation": 0,
                                        "conflict": 0, "total": 0})
        pt["counts"][name] = pt["counts"].get(name, 0) + n
        pt["total"] += n
        if quad in (1, 2):
            pt["cooperation"] += n
        elif quad in (3, 4):
            pt["conflict"] += n
    order = list(QUAD_NAMES.values()) + ["unknown"] if by == "quad" else sorted(categories)
    return {"a": a, "b": b, "interval": interval, "by": by, "directed": directed,
            "include_negated": include_negated,
            "categories": [c for c in order if c in categories],
            "series": [points[p] for p in sorted(points)]}


def dyad_events(con: duckdb.DuckDBPyConnection, a: dict, b: dict, period: str | None = None,
                interval: str = "month", directed: bool = False, limit: int | None = 50,
                offset: int | None = 0, negated: bool | None = None) -> Page:
    """The events between ``a`` and ``b``, optionally only those of one series point.

    ``negated=False`` gives exactly the events a :func:`dyad_series` point counts.
    """
    flt = EventFilter(dyad=(_names(a), _names(b)), directed=directed, period=period, interval=interval,
                      negated=negated)
    return list_events(con, flt, limit, offset)


# A participant as a pair of the top dyads counts it: a named actor by its name, but an actor the
# text names only by its kind ("die Polizei", "Regierung") or that the defaults supply ("wurden
# festgenommen": the police there), and any country, by its code. Else "Polizei" in Ankara and in
# Vienna, or every guessed "REB", would be one actor.
_PARTICIPANTS = ('[{"name": "VARCHAR", "actor_code": "VARCHAR", "country_from": "VARCHAR", '
                 '"role_from": "VARCHAR"}]')
_PAIR_KEY = ("lambda x: {'k': CASE WHEN x.actor_code IS NOT NULL AND (x.country_from IS NOT NULL "
             "OR x.role_from IS NOT NULL OR length(x.actor_code) = 3) THEN x.actor_code ELSE x.name END, "
             "'n': x.name}")


def top_dyads(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None,
              limit: int | None = 50, offset: int | None = 0) -> Page:
    """Directed source -> target pairs by number of events, with cooperation and conflict counts.

    ``source``/``target`` are the keys the actor resolver takes (a name, or the actor code of a
    generic, default or country participant: "TURCOP"); ``source_name``/``target_name`` the
    words the texts used most often for it ("Polizei")."""
    limit, offset = clamp(limit, offset)
    where, params = (flt or EventFilter()).where()
    base = f"""
    SELECT s.k AS source, t.k AS target, mode(s.n) AS source_name, mode(t.n) AS target_name,
           count(*) AS events,
           count(*) FILTER (WHERE quad IN (1, 2)) AS cooperation,
           count(*) FILTER (WHERE quad IN (3, 4)) AS conflict,
           min(d) AS first_date, max(d) AS last_date
    FROM (SELECT s, unnest(ts) AS t, quad, d FROM (SELECT unnest(ss) AS s, ts, quad, d FROM (
            SELECT list_transform(from_json(e.record->'source', '{_PARTICIPANTS}'), {_PAIR_KEY}) AS ss,
                   list_transform(from_json(e.record->'target', '{_PARTICIPANTS}'), {_PAIR_KEY}) AS ts,
                   {QUAD_SQL} AS quad, {EVENT_DATE_SQL} AS d
            FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE {where})))
    WHERE s.k IS NOT NULL AND t.k IS NOT NULL AND s.k <> t.k
    GROUP BY s.k, t.k
    """
    # one pass over the events: the number of pairs rides along with each row of the page
    cur = con.execute(f"SELECT *, count(*) OVER () AS total_pairs FROM ({base}) "
                      f"ORDER BY events DESC, source, target LIMIT ? OFFSET ?", params + [limit, offset])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    total = rows[0].pop("total_pairs") if rows else con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    for r in rows:
        r.pop("total_pairs", None)
    return Page(rows, total, limit, offset)


def _names(actor: dict) -> dict:
    """The actor as an event filter matches it (names, and codes or countries for a code key)."""
    return actor
