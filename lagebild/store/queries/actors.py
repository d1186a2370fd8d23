"""Read queries over actors: find by name, and the roles of an actor over time with provenance."""

from __future__ import annotations

import duckdb


def find_actors(con: duckdb.DuckDBPyConnection, name: str, limit: int = 20) -> list[dict]:
    """Actors whose name or id matches ``name`` (exact name first, then substring, case-blind)."""
    rows = con.execute("""
        SELECT actor_id, name, actor_code, country, kind, origin
        FROM actors
        WHERE lower(name) = lower(?) OR lower(actor_id) = lower(?) OR name ILIKE ?
        ORDER BY (lower(name) = lower(?)) DESC, (origin = 'kb') DESC, length(name), actor_id
        LIMIT ?""", [name, name, f"%{name}%", name, limit]).fetchall()
    cols = ("actor_id", "name", "actor_code", "country", "kind", "origin")
    return [dict(zip(cols, r)) for r in rows]


def actor_roles(con: duckdb.DuckDBPyConnection, actor_id: str) -> list[dict]:
    """Roles of ``actor_id`` ordered by start date, each with where it came from: the KB, an
    imported dictionary (file and line) or an article (id, date, offsets, evidence)."""
    rows = con.execute("""
        SELECT r.role, r.actor_code, r.country, r.start_date, r.end_date, r.origin,
               r.article_id, a.date, r.start_char, r.end_char, r.evidence
        FROM actor_roles r LEFT JOIN articles a ON a.id = r.article_id
        WHERE r.actor_id = ?
        ORDER BY coalesce(r.start_date, ''), r.origin, r.article_id""", [actor_id]).fetchall()
    cols = ("role", "actor_code", "country", "start", "end", "origin", "article_id", "article_date",
            "start_char", "end_char", "evidence")
    return [dict(zip(cols, r)) for r in rows]


def show_actor(con: duckdb.DuckDBPyConnection, name: str) -> dict | None:
    """The best match for ``name`` with its roles over time, or None; other matches listed."""
    found = find_actors(con, name)
    if not found:
        return None
    best = dict(found[0])
    best["roles"] = actor_roles(con, best["actor_id"])
    best["mentions"] = con.execute("SELECT count(*) FROM entities WHERE actor_id = ?",
                                   [best["actor_id"]]).fetchone()[0]
    best["other_matches"] = [{"actor_id": f["actor_id"], "name": f["name"]} for f in found[1:]]
    return best
