"""Writing the KB to the store: seed the shipped KB, upsert seen actors, write learned roles.

All writes are idempotent: seeding replaces the rows of origin ``kb``; learned roles of an
article replace that article's earlier learned roles; seen actors are inserted once.
"""

from __future__ import annotations

from functools import lru_cache

import duckdb
import pyarrow as pa

from .learn import learn_roles_from_text
from .lookup import ActorKB, default_kb

ACTOR_COLUMNS = ("actor_id", "name", "actor_code", "country", "kind", "origin")
ROLE_COLUMNS = ("actor_id", "role", "actor_code", "country", "start_date", "end_date", "origin",
                "article_id", "start_char", "end_char", "evidence")
_ACTOR_TYPES = [pa.string()] * 6
_ROLE_TYPES = [pa.string()] * 7 + [pa.string(), pa.int32(), pa.int32(), pa.string()]


def _table(rows: list[tuple], columns: tuple[str, ...], types: list) -> pa.Table:
    cols = list(zip(*rows)) if rows else [[] for _ in columns]
    return pa.table({c: pa.array(list(v), type=t) for c, v, t in zip(columns, cols, types)})


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple], replace: bool = False,
                ignore: bool = False) -> int:
    """Bulk-insert ``rows`` into ``actors`` or ``actor_roles`` through Arrow (fast for thousands)."""
    if not rows:
        return 0
    columns, types = (ACTOR_COLUMNS, _ACTOR_TYPES) if table == "actors" else (ROLE_COLUMNS, _ROLE_TYPES)
    arrow = _table(rows, columns, types)  # noqa: F841  (read by DuckDB via replacement scan)
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE" if ignore else "INSERT"
    con.execute(f"{verb} INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM arrow")
    return len(rows)


def kb_rows(kb: ActorKB) -> tuple[list[tuple], list[tuple]]:
    """The shipped KB as ``actors`` and ``actor_roles`` rows (origin ``kb``): persons with their
    roles, organisations, countries; the 1,200 cities only once an article names them."""
    actors: dict[str, tuple] = {}
    roles: list[tuple] = []
    for entries in kb.index.values():
        for e in entries:
            if e.actor_id in actors or e.kind in ("surname", "place"):
                continue  # places enter the table when an article names them (upsert_seen_actors)
            if e.kind == "person":
                # the table's code is the one of a role still open when the KB was written
                # (Maduro: VENGOV, Psaki: USA); articles get the code of their own date
                open_roles = sorted((r for r in e.person.roles if r.end is None and r.actor_code),
                                    key=lambda r: r.start or "")
                code = open_roles[-1].actor_code if open_roles else e.person.country
                actors[e.actor_id] = (e.actor_id, e.name, code, e.country, "person", "kb")
                for r in e.person.roles:
                    roles.append((e.actor_id, r.title, r.actor_code, r.country, r.start, r.end, "kb",
                                  None, None, None, None))
            elif e.kind == "organisation" and e.actor_id.startswith("org:"):
                kind = {"armed": "group", "party": "group", "region": "place"}.get(
                    e.org.kind if e.org else "", "organisation")
                actors[e.actor_id] = (e.actor_id, e.name, e.code, e.country, kind, "kb")
            elif e.kind == "organisation":  # a sector actor reached through an institution
                actors[e.actor_id] = (e.actor_id, e.name, e.code, e.country, "organisation", "kb")
            else:
                actors[e.actor_id] = (e.actor_id, e.name, e.code, e.country, e.kind, "kb")
    return list(actors.values()), roles


@lru_cache(maxsize=1)
def default_kb_rows() -> tuple[list[tuple], list[tuple]]:
    """:func:`kb_rows` of the shipped KB, made once per process (read, never changed, by callers)."""
    return kb_rows(default_kb())


def seed_kb(con: duckdb.DuckDBPyConnection, kb: ActorKB | None = None) -> dict:
    """Replace the ``kb`` rows of ``actors`` and ``actor_roles`` with the shipped KB."""
    actors, roles = kb_rows(kb) if kb is not None else default_kb_rows()
    con.execute("DELETE FROM actor_roles WHERE origin = 'kb'")
    # sector actors met in entities (VENGOV) are kept; they are not in the KB's own rows
    con.execute("DELETE FROM actors WHERE origin = 'kb' AND actor_id NOT IN "
                "(SELECT DISTINCT actor_id FROM entities WHERE actor_id IS NOT NULL)")
    insert_rows(con, "actors", actors, replace=True)
    insert_rows(con, "actor_roles", roles)
    return {"kb_actors": len(actors), "kb_roles": len(roles)}


def ensure_seeded(con: duckdb.DuckDBPyConnection) -> None:
    """Seed the KB if the store holds none of it yet (for read commands on a fresh store)."""
    if not con.execute("SELECT 1 FROM actors WHERE origin = 'kb' LIMIT 1").fetchone():
        seed_kb(con)


def role_row(article_id: str | None, role: dict) -> tuple:
    """An ``actor_roles`` row of a learned role dict (see :func:`lagebild.kb.learn.learn_roles`)."""
    return (role["actor_id"], role.get("role"), role.get("actor_code"), role.get("country"),
            role.get("start"), role.get("end"), "learned", article_id, role.get("start_char"),
            role.get("end_char"), role.get("evidence"))


def write_learned_roles(con: duckdb.DuckDBPyConnection, article_id: str, roles: list[dict]) -> int:
    """Replace the learned roles of one article with ``roles``; also create unknown actors."""
    con.execute("DELETE FROM actor_roles WHERE origin = 'learned' AND article_id = ?", [article_id])
    insert_rows(con, "actor_roles", [role_row(article_id, r) for r in roles])
    insert_rows(con, "actors", [(r["actor_id"], r["name"], r.get("actor_code"), r.get("country"),
                                 "person", "learned") for r in roles], ignore=True)
    return len(roles)


def relearn_roles(con: duckdb.DuckDBPyConnection, kb: ActorKB | None = None,
                  article_ids: list[str] | None = None) -> int:
    """Re-derive the learned roles of analysed articles from their stored text and entities.

    This is how learned roles reach the store without an extra key in the document record: the
    learner is a pure function of text, entities and date. Only articles with a PER entity are
    tokenised again (about 2.5 ms each). ``article_ids`` limits the work to those articles
    (incremental); None re-derives all.
    """
    kb = kb or default_kb()
    where = "WHERE a.id IN (SELECT DISTINCT article_id FROM entities WHERE label = 'PER')"
    params: list = []
    if article_ids is not None:
        if not article_ids:
            return 0
        where += " AND a.id IN (SELECT unnest(?))"
        params.append(list(article_ids))
    rows = con.execute(f"""
        SELECT a.id, a.text, a.date, e.start_char, e.end_char, e.label, e.actor_id, e.name,
               e.actor_code, e.country
        FROM articles a JOIN entities e ON e.article_id = a.id
        {where}
        ORDER BY a.id, e.idx""", params).fetchall()
    by_article: dict[str, tuple[str, str | None, list[dict]]] = {}
    for aid, text, date, s, e, label, actor_id, name, code, country in rows:
        by_article.setdefault(aid, (text, date, []))[2].append(
            {"start": s, "end": e, "label": label, "actor_id": actor_id, "name": name,
             "actor_code": code, "country": country})
    if article_ids is None:
        con.execute("DELETE FROM actor_roles WHERE origin = 'learned'")
    else:
        con.execute("DELETE FROM actor_roles WHERE origin = 'learned' AND article_id IN (SELECT unnest(?))",
                    [list(article_ids)])
    all_roles: list[tuple] = []
    new_actors: list[tuple] = []
    for aid, (text, date, ents) in by_article.items():
        for r in learn_roles_from_text(text, ents, date, kb):
            all_roles.append(role_row(aid, r))
            new_actors.append(learned_actor_row(r))
    insert_rows(con, "actor_roles", all_roles)
    # the last article (in id order) that names an actor gives its row, as load_learned_roles does
    insert_rows(con, "actors", list({a[0]: a for a in new_actors}.values()), ignore=True)
    return len(all_roles)


def learned_actor_row(role: dict) -> tuple:
    """The ``actors`` row (origin ``learned``) of the person a learned role dict is about."""
    return (role["actor_id"], role["name"], role.get("actor_code"), role.get("country"), "person", "learned")


def learned_roles_of_record(record: dict, date: str | None, kb: ActorKB | None = None) -> list[dict]:
    """The roles :func:`relearn_roles` derives for one analysis record (its text and entities),
    computed where the record is made: ``scale run`` workers do this, so consolidation need not
    tokenise every article again in the one driver process."""
    ents = [{"start": e["start"], "end": e["end"], "label": e["label"], "actor_id": e.get("actor_id"),
             "name": e.get("name"), "actor_code": e.get("actor_code"), "country": e.get("country")}
            for e in record.get("entities") or []]
    if not any(e["label"] == "PER" for e in ents):
        return []
    return learn_roles_from_text(record["text"], ents, date, kb or default_kb())


def load_learned_roles(con: duckdb.DuckDBPyConnection, source: str, articles: str) -> int:
    """Replace the learned roles of the articles in the relation ``articles`` (an ``article_id``
    column) with the rows of the relation ``source`` (:data:`ROLE_COLUMNS` plus ``name`` and
    ``seq``, the role's place in its article) and add their persons to ``actors`` exactly as
    :func:`relearn_roles` would: the last naming article (by id, then place) gives the row, an
    actor already stored is kept. Runs inside the caller's transaction."""
    cols = ", ".join(ROLE_COLUMNS)
    con.execute(f"DELETE FROM actor_roles WHERE origin = 'learned' AND article_id IN "
                f"(SELECT article_id FROM {articles})")
    con.execute(f"INSERT INTO actor_roles ({cols}) SELECT {cols} FROM {source} ORDER BY article_id, seq")
    con.execute(f"""INSERT OR IGNORE INTO actors ({', '.join(ACTOR_COLUMNS)})
        SELECT actor_id, name, actor_code, country, 'person', 'learned' FROM (
            SELECT *, row_number() OVER (PARTITION BY actor_id ORDER BY article_id DESC, seq DESC) AS rank
            FROM {source}) WHERE rank = 1""")
    return con.execute(f"SELECT count(*) FROM {source}").fetchone()[0]


def _kind_of(actor_id: str) -> str:
    prefix = actor_id.split(":", 1)[0] if ":" in actor_id else ""
    return {"per": "person", "cty": "country", "plc": "place", "org": "organisation",
            "imp": "organisation"}.get(prefix, "organisation")


def upsert_seen_actors(con: duckdb.DuckDBPyConnection) -> int:
    """Insert every actor named by a stored entity that the ``actors`` table lacks."""
    rows = con.execute("""
        SELECT actor_id, any_value(name), any_value(actor_code), any_value(country)
        FROM entities WHERE actor_id IS NOT NULL
          AND actor_id NOT IN (SELECT actor_id FROM actors)
        GROUP BY actor_id""").fetchall()
    insert_rows(con, "actors", [(aid, name, code, country, _kind_of(aid),
                                 "learned" if aid.startswith("per:") else "kb")
                                for aid, name, code, country in rows], ignore=True)
    return len(rows)


def prune_unseen_actors(con: duckdb.DuckDBPyConnection) -> int:
    """Delete actors that only articles created (origin ``learned``) and that no entity, quote,
    role or alias names any more: after ``recode`` "McCain" alone may resolve to the imported
    John McCain, and the document-local ``per:mccain`` must not linger as a second actor."""
    before = con.execute("SELECT count(*) FROM actors").fetchone()[0]
    con.execute("""
        DELETE FROM actors WHERE origin = 'learned'
          AND actor_id NOT IN (SELECT actor_id FROM entities WHERE actor_id IS NOT NULL)
          AND actor_id NOT IN (SELECT speaker_actor_id FROM quotes WHERE speaker_actor_id IS NOT NULL)
          AND actor_id NOT IN (SELECT actor_id FROM actor_roles WHERE actor_id IS NOT NULL)
          AND actor_id NOT IN (SELECT actor_id FROM actor_names WHERE actor_id IS NOT NULL)""")
    return before - con.execute("SELECT count(*) FROM actors").fetchone()[0]
