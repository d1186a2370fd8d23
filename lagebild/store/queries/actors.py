"""Actors by what a user types: the one resolver behind the CLI, the HTTP API and the web UI.

:func:`resolve_actor` turns a key into an actor of the store; every face that takes an actor
(``--actor``, ``--speaker``, ``--a``/``--b``, ``?actor=``, ``?speaker=``, ``/actor?key=``) calls
it, so the same text finds the same actor everywhere. A key is tried, in this order, as

1. an actor id (``per:angela-merkel``, ``cty:ISR``, ``ISRGOV``);
2. a CAMEO code, when written in capitals: a country code (``ISR``) stands for every actor of
   that country, a sector code (``ISRGOV``) for everyone coded with it, another code
   (``IGOUNO``) for the actor that carries it;
3. a name, case-blind: the actor's name, a name it was imported or curated under (aliases), the
   name a text gave it;
4. a surface form of the KB: surnames of persons (``Merkel``), countries and their genitives
   (``Israels``), places (``Gazastreifen``), institutions (``Kreml``);
5. a surname of a person the store knows (``Haddad`` -> ``Karim Haddad``);
6. the words of an entity or a quote's speaker as written in an article;
7. an event participant or quote speaker the store knows only by name or words.

Where several actors fit, the one the corpus mentions most wins. A miss raises
:class:`UnknownActor` from :func:`require_actor` with the closest names ("did you mean").

An actor record: ``key`` (id or name), ``actor_id``, ``name``, ``actor_code``, ``country``,
``kind``, ``names`` (the names events and quotes carry it under), and for a code key ``codes``
or ``countries`` (event participants coded so count too).
"""

from __future__ import annotations

import difflib
import re

import duckdb

from ...errors import LagebildError
from ...kb.lookup import SECTOR_NAMES, default_kb

_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_KIND_ORDER = ("person", "surname", "country", "organisation", "sector", "place")


class UnknownActor(LagebildError):
    """No actor in the store answers to a key; ``suggestions`` are the closest names."""

    def __init__(self, key: str, suggestions: list[str]):
        self.key = key
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else \
            " (try `lagebild query actors --q PART` to list names)"
        super().__init__(f"unknown actor {key!r}: no actor, name or code in the store matches it{hint}")


def _mentions(con: duckdb.DuckDBPyConnection, actor_ids: list[str]) -> dict[str, int]:
    if not actor_ids:
        return {}
    rows = con.execute("SELECT actor_id, count(*) FROM entities WHERE actor_id IN (SELECT unnest(?)) "
                       "GROUP BY actor_id", [actor_ids]).fetchall()
    return dict(rows)


def _most_mentioned(con: duckdb.DuckDBPyConnection, actor_ids: list[str]) -> str | None:
    ids = list(dict.fromkeys(a for a in actor_ids if a))
    if len(ids) <= 1:
        return ids[0] if ids else None
    counts = _mentions(con, ids)
    return max(ids, key=lambda a: (counts.get(a, 0), -ids.index(a)))


def _actor_row(con: duckdb.DuckDBPyConnection, actor_id: str) -> tuple | None:
    """``(actor_id, name, actor_code, country, kind)`` from ``actors`` or, failing that, entities."""
    row = con.execute("SELECT actor_id, name, actor_code, country, kind FROM actors WHERE actor_id = ?",
                      [actor_id]).fetchone()
    if row is None:
        row = con.execute("SELECT actor_id, any_value(name), any_value(actor_code), any_value(country), NULL "
                          "FROM entities WHERE actor_id = ? AND name IS NOT NULL GROUP BY actor_id",
                          [actor_id]).fetchone()
    if row is None:
        row = con.execute("SELECT speaker_actor_id, any_value(speaker_name), NULL, NULL, NULL FROM quotes "
                          "WHERE speaker_actor_id = ? AND speaker_name IS NOT NULL GROUP BY speaker_actor_id",
                          [actor_id]).fetchone()
    return row


def _record(con: duckdb.DuckDBPyConnection, row: tuple, codes: list[str] | None = None,
            countries: list[str] | None = None) -> dict:
    actor_id, name, code, country, kind = row
    names = {name} if name else set()
    if actor_id:
        names.update(r[0] for r in con.execute(
            "SELECT DISTINCT name FROM entities WHERE actor_id = ? AND name IS NOT NULL", [actor_id]).fetchall())
    return {"key": actor_id or name, "actor_id": actor_id, "name": name, "actor_code": code,
            "country": country, "kind": kind, "names": sorted(names), "codes": codes or [],
            "countries": countries or []}


def _by_code(con: duckdb.DuckDBPyConnection, key: str) -> dict | None:
    kb = default_kb()
    if len(key) == 3 and key in kb.countries:
        row = _actor_row(con, f"cty:{key}") or ("cty:" + key, kb.countries[key].name, key, key, "country")
        return _record(con, row, countries=[key])
    if len(key) == 6 and key[:3] in kb.countries and key[3:] in SECTOR_NAMES:
        sector = kb.sector_actor(key[:3], key[3:])
        row = _actor_row(con, key) or (key, sector["name"], key, key[:3], "organisation")
        return _record(con, row, codes=[key])
    ids = [r[0] for r in con.execute("SELECT actor_id FROM actors WHERE actor_code = ? ORDER BY "
                                     "kind = 'person', actor_id", [key]).fetchall()]
    best = _most_mentioned(con, ids)
    return _record(con, _actor_row(con, best), codes=[key]) if best else None


def _by_name(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    ids = [r[0] for r in con.execute("""
        SELECT actor_id FROM actors WHERE lower(name) = lower(?)
        UNION ALL SELECT actor_id FROM actor_names WHERE lower(name) = lower(?)
        UNION ALL SELECT DISTINCT actor_id FROM entities WHERE lower(name) = lower(?) AND actor_id IS NOT NULL
        UNION ALL SELECT DISTINCT speaker_actor_id FROM quotes WHERE lower(speaker_name) = lower(?)
          AND speaker_actor_id IS NOT NULL
        """, [key, key, key, key]).fetchall()]
    return _most_mentioned(con, ids)


def _by_kb(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    entries = default_kb().candidates(key)
    for kind in _KIND_ORDER:
        ids = [e.actor_id for e in entries if e.kind == kind]
        if ids:
            return _most_mentioned(con, ids)
    actor = default_kb().compound(key)  # "US-Regierung", "Regierung Venezuelas"
    return actor["actor_id"] if actor else None


def _by_surname(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    if " " in key.strip() or len(key) < 3:
        return None
    pattern = "% " + key.strip().replace("%", "").replace("_", "")
    ids = [r[0] for r in con.execute("""
        SELECT actor_id FROM actors WHERE kind = 'person' AND name ILIKE ?
        UNION ALL SELECT DISTINCT actor_id FROM entities WHERE label = 'PER' AND name ILIKE ?
          AND actor_id IS NOT NULL
        UNION ALL SELECT DISTINCT speaker_actor_id FROM quotes WHERE speaker_name ILIKE ?
          AND speaker_actor_id IS NOT NULL""", [pattern, pattern, pattern]).fetchall()]
    return _most_mentioned(con, ids)


def _by_text(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    rows = con.execute("SELECT actor_id, count(*) n FROM (SELECT actor_id FROM entities WHERE lower(text) = "
                       "lower(?) UNION ALL SELECT speaker_actor_id FROM quotes WHERE lower(speaker_text) = "
                       "lower(?)) WHERE actor_id IS NOT NULL GROUP BY actor_id ORDER BY n DESC, actor_id LIMIT 1",
                       [key, key]).fetchone()
    return rows[0] if rows else None


def _by_participant(con: duckdb.DuckDBPyConnection, key: str) -> dict | None:
    # a speaker the quote finder could not link is known by the words of the text ("Der Minister")
    name = con.execute(
        "SELECT n FROM (SELECT unnest(list_concat(source_names, target_names)) n FROM events "
        "UNION ALL SELECT speaker_name FROM quotes UNION ALL SELECT speaker_text FROM quotes "
        "WHERE speaker_actor_id IS NULL) WHERE lower(n) = lower(?) LIMIT 1", [key]).fetchone()
    if name is None:
        return None
    code = con.execute(
        "SELECT c FROM (SELECT unnest(source_names) n, unnest(source_codes) c FROM events "
        "UNION ALL SELECT unnest(target_names), unnest(target_codes) FROM events) "
        "WHERE n = ? AND c IS NOT NULL GROUP BY c ORDER BY count(*) DESC LIMIT 1", [name[0]]).fetchone()
    return _record(con, (None, name[0], code[0] if code else None, None, None))


def resolve_actor(con: duckdb.DuckDBPyConnection, key: str | None) -> dict | None:
    """The actor ``key`` names (see the module docstring), or None."""
    key = (key or "").strip()
    if not key:
        return None
    row = _actor_row(con, key)
    if row is not None:
        return _record(con, row)
    if _CODE.match(key):
        found = _by_code(con, key)
        if found:
            return found
    for step in (_by_name, _by_kb, _by_surname, _by_text):
        actor_id = step(con, key)
        if actor_id:
            row = _actor_row(con, actor_id)
            if row is None:  # a KB actor no article names and the store has not seeded
                kb = default_kb()
                entry = next((e for e in kb.candidates(key) if e.actor_id == actor_id), None)
                if entry is None and actor_id.startswith("cty:") and actor_id[4:] in kb.countries:
                    c = kb.country_actor(actor_id[4:])
                    row = (actor_id, c["name"], c["actor_code"], c["country"], "country")
                else:
                    row = (actor_id, entry.name if entry else key, entry.code if entry else None,
                           entry.country if entry else None, entry.kind if entry else None)
            return _record(con, row)
    return _by_participant(con, key)


def suggest(con: duckdb.DuckDBPyConnection, key: str, n: int = 5) -> list[str]:
    """Names of the store close to ``key``: those containing it first, then similar spellings."""
    if not key.strip():
        return []
    names = [r[0] for r in con.execute("""
        SELECT name FROM actors WHERE name IS NOT NULL
        UNION SELECT name FROM actor_names WHERE name IS NOT NULL
        UNION SELECT name FROM entities WHERE name IS NOT NULL
        UNION SELECT unnest(list_concat(source_names, target_names)) FROM events
        UNION SELECT speaker_name FROM quotes""").fetchall() if r[0]]
    low = key.casefold().strip()
    containing = sorted((x for x in names if low in x.casefold()), key=lambda x: (len(x), x))[:n]

    def closeness(name: str) -> float:
        # the whole name, or for a one-word key any word of it ("Merkl" -> "Angela Merkel" by "merkel"),
        # so that a misspelt surname outranks a merely similar short name ("Maersk")
        folded = name.casefold()
        score = difflib.SequenceMatcher(None, low, folded).ratio()
        if " " not in low:  # (a word must be closer than a whole name to count: 0.75 against 0.6)
            words = (difflib.SequenceMatcher(None, low, w).ratio() for w in folded.split() if len(w) >= 3)
            score = max([score] + [r for r in words if r >= 0.75])
        return score

    scored = sorted(((closeness(x), x) for x in dict.fromkeys(names)), key=lambda sx: (-sx[0], len(sx[1]), sx[1]))
    close = [x for score, x in scored if score >= 0.6][:n]
    return list(dict.fromkeys(containing + close))[:n]


def require_actor(con: duckdb.DuckDBPyConnection, key: str) -> dict:
    """:func:`resolve_actor`, raising :class:`UnknownActor` (with suggestions) on a miss."""
    actor = resolve_actor(con, key)
    if actor is None:
        raise UnknownActor(key, suggest(con, key))
    return actor


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


def merged_roles(roles: list[dict]) -> list[dict]:
    """:func:`actor_roles` with the learned variants of one office merged into one row, as the
    API and the web UI show them (:func:`lagebild.store.queries.graph.merge_learned_roles`)."""
    from .graph import merge_learned_roles
    renamed = [dict(r, start_date=r["start"], end_date=r["end"]) for r in roles]
    out = []
    for r in merge_learned_roles(renamed):
        r["start"], r["end"] = r.pop("start_date"), r.pop("end_date")
        out.append(r)
    return out


def show_actor(con: duckdb.DuckDBPyConnection, name: str) -> dict | None:
    """The actor ``name`` resolves to (:func:`resolve_actor`) with its roles over time, or None;
    other actors whose name contains ``name`` are listed as ``other_matches``."""
    actor = resolve_actor(con, name)
    if actor is None or not actor["actor_id"]:
        return None
    row = con.execute("SELECT origin FROM actors WHERE actor_id = ?", [actor["actor_id"]]).fetchone()
    best = {k: actor[k] for k in ("actor_id", "name", "actor_code", "country", "kind")}
    best["kind"] = best["kind"] or "-"
    best["origin"] = row[0] if row else "seen"
    best["roles"] = merged_roles(actor_roles(con, best["actor_id"]))
    best["mentions"] = con.execute("SELECT count(*) FROM entities WHERE actor_id = ?",
                                   [best["actor_id"]]).fetchone()[0]
    best["other_matches"] = [{"actor_id": f["actor_id"], "name": f["name"]}
                             for f in find_actors(con, name) if f["actor_id"] != best["actor_id"]]
    return best
