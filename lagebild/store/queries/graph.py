"""Graph queries shared by the CLI, the HTTP API and the web UI: actors, events, quotes, network.

Everything returns plain JSON-ready dicts and lists. Lists come as a :class:`Page` (items plus the
total count, limit and offset). User input only ever reaches SQL as bound parameters; the only
text built into SQL are constants of this module.

Actors are identified by a *key*: the ``actor_id`` when the store knows one (``actors`` table or a
linked entity), otherwise the actor's name as it appears in events. Events store their
participants by name, code and country (``source_names`` …), so an actor's events are found by the
names it is known under (:func:`resolve_actor`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import duckdb

from ...vocabulary import canonical_event_type

MAX_LIMIT = 500

# PLOVER quad classes (PLOVER manual, "Quad categories"; GDELT's QuadClass uses the same numbers).
# SANCTION is listed under verbal conflict in the manual's summary table but under material
# conflict in its own section and the category overview; the section wins here.
QUAD_OF_TYPE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "DEMAND": 3, "ACCUSE": 3, "DISAPPROVE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
QUAD_NAMES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict",
              4: "material_conflict"}
QUAD_SQL = ("CASE e.type " + " ".join(f"WHEN '{t}' THEN {q}" for t, q in QUAD_OF_TYPE.items())
            + " ELSE NULL END")
# The date an event is placed at: its own resolved date, else the article's date.
EVENT_DATE_SQL = "coalesce(e.date, a.date)"
# For a range start, a month- or year-precision date counts as the end of its period, so
# "2022-01" overlaps a range that starts on 2022-01-15.
_DATE_AS_END = (f"({EVENT_DATE_SQL} || CASE length({EVENT_DATE_SQL}) WHEN 4 THEN '-99-99' "
                "WHEN 7 THEN '-99' ELSE '' END)")
INTERVALS = {"month": f"substr({EVENT_DATE_SQL}, 1, 7)",
             "week": f"strftime(try_cast({EVENT_DATE_SQL} AS DATE), '%G-W%V')",
             "year": f"substr({EVENT_DATE_SQL}, 1, 4)"}


@dataclass
class Page:
    """One page of a list: ``items`` from ``offset`` on, at most ``limit``, of ``total``."""

    items: list
    total: int
    limit: int
    offset: int

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return asdict(self)


def clamp(limit: int | None, offset: int | None, default: int = 50) -> tuple[int, int]:
    """Bound ``limit`` to 1..MAX_LIMIT and ``offset`` to >= 0."""
    limit = default if limit is None else max(1, min(int(limit), MAX_LIMIT))
    return limit, max(0, int(offset or 0))


def like_pattern(text: str) -> str:
    """An ILIKE pattern matching ``text`` anywhere, with ``%`` and ``_`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# --- actors -----------------------------------------------------------------------------------

def resolve_actor(con: duckdb.DuckDBPyConnection, key: str) -> dict | None:
    """Find the actor ``key`` names (an id, code, name, alias, surname or place); return its
    record with all its names, or None. The one resolver: :func:`lagebild.store.queries.actors.resolve_actor`."""
    from .actors import resolve_actor as resolve
    return resolve(con, key)


def list_actors(con: duckdb.DuckDBPyConnection, q: str | None = None, country: str | None = None,
                limit: int | None = 50, offset: int | None = 0) -> Page:
    """Actors with their mention, event and quote counts, most active first.

    Known actors (``actors`` table or linked entities) come with their id; event participants the
    store knows only by name are listed by name.
    """
    limit, offset = clamp(limit, offset)
    base = """
    WITH known AS (
        SELECT actor_id, name, actor_code, country, kind FROM actors
        UNION ALL
        SELECT actor_id, any_value(name), any_value(actor_code), any_value(country), NULL FROM entities
        WHERE actor_id IS NOT NULL AND actor_id NOT IN (SELECT actor_id FROM actors) GROUP BY actor_id
    ), part AS (
        SELECT n AS name, any_value(c) AS actor_code, any_value(k) AS country, count(*) AS events FROM (
            SELECT unnest(source_names) n, unnest(source_codes) c, unnest(source_countries) k FROM events
            UNION ALL
            SELECT unnest(target_names), unnest(target_codes), unnest(target_countries) FROM events)
        WHERE n IS NOT NULL GROUP BY n
    ), ment AS (
        SELECT actor_id, count(*) AS mentions FROM entities WHERE actor_id IS NOT NULL GROUP BY actor_id
    ), quo AS (
        SELECT coalesce(speaker_actor_id, speaker_name) AS k, count(*) AS quotes FROM quotes GROUP BY k
    ), allact AS (
        SELECT k.actor_id AS key, k.actor_id, k.name, coalesce(k.actor_code, p.actor_code) AS actor_code,
               coalesce(k.country, p.country) AS country, k.kind,
               coalesce(m.mentions, 0) AS mentions, coalesce(p.events, 0) AS events
        FROM known k LEFT JOIN part p ON p.name = k.name LEFT JOIN ment m ON m.actor_id = k.actor_id
        UNION ALL
        SELECT p.name, NULL, p.name, p.actor_code, p.country, NULL, 0, p.events FROM part p
        WHERE p.name NOT IN (SELECT name FROM known WHERE name IS NOT NULL)
    )
    SELECT a.*, coalesce(q.quotes, 0) AS quotes FROM allact a LEFT JOIN quo q ON q.k = a.key
    WHERE (? IS NULL OR a.name ILIKE ? ESCAPE '\\' OR a.actor_code ILIKE ? ESCAPE '\\')
      AND (? IS NULL OR a.country = ?)
    """
    pat = like_pattern(q) if q else None
    params = [q, pat, pat, country, country]
    total = con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()[0]
    cur = con.execute(f"{base} ORDER BY events + mentions + quotes DESC, name LIMIT ? OFFSET ?",
                      params + [limit, offset])
    names = [d[0] for d in cur.description]
    return Page([dict(zip(names, r)) for r in cur.fetchall()], total, limit, offset)


def actor_roles(con: duckdb.DuckDBPyConnection, actor_id: str | None) -> list[dict]:
    """The dated roles of an actor with where each was learned (article, offsets, evidence)."""
    if not actor_id:
        return []
    cur = con.execute(
        "SELECT r.role, r.actor_code, r.country, r.start_date, r.end_date, r.origin, r.article_id, "
        "r.start_char, r.end_char, r.evidence, a.date AS article_date, a.title AS article_title "
        "FROM actor_roles r LEFT JOIN articles a ON a.id = r.article_id WHERE r.actor_id = ? "
        "ORDER BY r.start_date NULLS FIRST, r.role", [actor_id])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def merge_learned_roles(roles: list[dict]) -> list[dict]:
    """One row per learned office (the role noun of the title, :meth:`lagebild.kb.lookup.ActorKB.office`)
    with its code and country: "Bundeskanzlerin", "deutsche Bundeskanzlerin" and "der
    Bundeskanzlerin" are one office. Each row gives the first and last article date, how many
    articles stated it (``articles``) and the titles written (``variants``, most frequent first;
    ``role`` is the most frequent one); the earliest statement stays as the provenance shown.
    Roles from the KB or an import pass unchanged. ``roles`` as :func:`actor_roles` returns them."""
    from ...kb.lookup import default_kb

    kb = default_kb()
    out: list[dict] = []
    merged: dict[tuple, dict] = {}
    titles: dict[tuple, dict[str, int]] = {}
    for r in roles:
        if r.get("origin") != "learned":
            out.append(r)
            continue
        key = (kb.office(r["role"]) or r["role"], r.get("actor_code"), r.get("country"))
        first = merged.get(key)
        if first is None:
            merged[key] = first = dict(r, articles=0)
            titles[key] = {}
            out.append(first)
        first["articles"] += 1
        if r["role"]:
            titles[key][r["role"]] = titles[key].get(r["role"], 0) + 1
        for bound, pick in (("start_date", min), ("end_date", max)):
            values = [v for v in (first.get(bound), r.get(bound)) if v]
            first[bound] = pick(values) if values else None
    for key, row in merged.items():
        variants = sorted(titles[key], key=lambda t: (-titles[key][t], len(t), t))
        row["variants"] = variants
        if variants:
            row["role"] = variants[0]
    return out


def actor_timeline(con: duckdb.DuckDBPyConnection, actor: dict, interval: str = "month") -> list[dict]:
    """Per period: events with the actor as source, as target, quotes by it and its mentions."""
    period = INTERVALS.get(interval)
    if period is None:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    names = actor["names"] or [actor["name"]]
    src, src_params = participant_clause("source", actor)
    tgt, tgt_params = participant_clause("target", actor)
    article_period = period.replace(EVENT_DATE_SQL, "a.date")
    sql = f"""
    WITH ev AS (
        SELECT {period} AS p,
               count(*) FILTER (WHERE {src}) AS as_source,
               count(*) FILTER (WHERE {tgt}) AS as_target
        FROM events e LEFT JOIN articles a ON a.id = e.article_id
        WHERE {src} OR {tgt}
        GROUP BY p
    ), qu AS (
        SELECT {article_period} AS p, count(*) AS quotes FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_actor_id = ? OR list_contains(?::VARCHAR[], q.speaker_name) GROUP BY p
    ), me AS (
        SELECT {article_period} AS p, count(*) AS mentions FROM entities n JOIN articles a ON a.id = n.article_id
        WHERE n.actor_id = ? GROUP BY p
    )
    SELECT p, coalesce(max(as_source), 0), coalesce(max(as_target), 0), coalesce(max(quotes), 0),
           coalesce(max(mentions), 0)
    FROM (SELECT p, as_source, as_target, NULL quotes, NULL mentions FROM ev
          UNION ALL SELECT p, NULL, NULL, quotes, NULL FROM qu
          UNION ALL SELECT p, NULL, NULL, NULL, mentions FROM me)
    WHERE p IS NOT NULL GROUP BY p ORDER BY p
    """
    rows = con.execute(sql, src_params + tgt_params + src_params + tgt_params
                       + [actor["actor_id"], names, actor["actor_id"]]).fetchall()
    return [{"period": r[0], "as_source": r[1], "as_target": r[2], "quotes": r[3], "mentions": r[4]}
            for r in rows]


# --- events -----------------------------------------------------------------------------------

@dataclass
class EventFilter:
    """Filters for :func:`list_events` and :func:`event_facets`; every field is optional.

    ``actor``, ``source`` and ``target`` are actors as :func:`resolve_actor` returns them
    (matched by their names, and by code or country when the key was a CAMEO code) or plain
    lists of names; ``dyad`` is a pair of them, matched in both directions unless ``directed``.
    """

    actor: dict | list[str] | None = None
    source: dict | list[str] | None = None
    target: dict | list[str] | None = None
    dyad: tuple[dict | list[str], dict | list[str]] | None = None
    directed: bool = False
    types: list[str] | None = None
    quad: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    month: str | None = None
    period: str | None = None
    interval: str = "month"
    negated: bool | None = None
    modality: str | None = None
    place: str | None = None
    country: str | None = None
    code: str | None = None
    article_id: str | None = None
    q: str | None = None

    def where(self) -> tuple[str, list]:
        """The WHERE clause (over ``events e`` joined to ``articles a``) and its parameters."""
        clauses, params = ["TRUE"], []

        def side(name: str, who) -> str:
            sql, values = participant_clause(name, who)
            params.extend(values)
            return sql
        if self.actor:
            clauses.append(f"({side('source', self.actor)} OR {side('target', self.actor)})")
        if self.source:
            clauses.append(side("source", self.source))
        if self.target:
            clauses.append(side("target", self.target))
        if self.dyad:
            a, b = self.dyad
            if self.directed:
                clauses.append(f"({side('source', a)} AND {side('target', b)})")
            else:
                clauses.append(f"(({side('source', a)} AND {side('target', b)}) OR "
                               f"({side('source', b)} AND {side('target', a)}))")
        if self.types:
            clauses.append("list_contains(?::VARCHAR[], e.type)")
            params.append([canonical_event_type(t) for t in self.types])  # ACCUSE = DISAPPROVE
        if self.quad is not None:
            clauses.append(f"{QUAD_SQL} = ?")
            params.append(int(self.quad))
        if self.date_from:
            clauses.append(f"{_DATE_AS_END} >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{EVENT_DATE_SQL} <= ?")
            params.append(self.date_to)
        if self.month:
            clauses.append(f"substr({EVENT_DATE_SQL}, 1, 7) = ?")
            params.append(self.month)
        if self.period:
            expr = INTERVALS.get(self.interval)
            if expr is None:
                raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
            clauses.append(f"{expr} = ?")
            params.append(self.period)
        if self.negated is not None:
            clauses.append("coalesce(e.negated, FALSE) = ?")
            params.append(bool(self.negated))
        if self.modality:
            clauses.append("e.modality = ?")
            params.append(self.modality)
        if self.place:
            clauses.append("e.location_name ILIKE ? ESCAPE '\\'")
            params.append(like_pattern(self.place))
        if self.country:
            clauses.append("(list_contains(e.source_countries, ?) OR list_contains(e.target_countries, ?) "
                           "OR e.location_country = ?)")
            params += [self.country] * 3
        if self.code:
            clauses.append("(list_contains(e.source_codes, ?) OR list_contains(e.target_codes, ?))")
            params += [self.code, self.code]
        if self.article_id:
            clauses.append("e.article_id = ?")
            params.append(self.article_id)
        if self.q:
            clauses.append("(e.trigger_text ILIKE ? ESCAPE '\\' OR e.location_name ILIKE ? ESCAPE '\\')")
            params += [like_pattern(self.q)] * 2
        return " AND ".join(clauses), params


_EVENT_COLUMNS = f"""e.article_id, e.idx, e.type, {QUAD_SQL} AS quad, e.mode, e.negated, e.modality,
    e.source_names, e.source_codes, e.source_countries, e.target_names, e.target_codes,
    e.target_countries, {EVENT_DATE_SQL} AS date, e.location_name, e.location_country,
    e.trigger_start, e.trigger_end, e.trigger_text, e.evidence_start, e.evidence_end,
    substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence_text,
    e.attributed_to, e.cluster_id, e.record::VARCHAR AS record, a.date AS article_date,
    a.title AS article_title, a.url AS article_url"""


def _parties(names, codes, countries) -> list[dict]:
    names, codes, countries = names or [], codes or [], countries or []
    return [{"name": n, "actor_code": codes[i] if i < len(codes) else None,
             "country": countries[i] if i < len(countries) else None} for i, n in enumerate(names)]


def event_from_row(r: dict) -> dict:
    """Turn one row of the event columns into the event dict the API and the UI show."""
    record = json.loads(r["record"]) if r.get("record") else {}
    return {
        "id": f"{r['article_id']}:{r['idx']}", "article_id": r["article_id"], "idx": r["idx"],
        "type": r["type"], "quad": r["quad"], "quad_name": QUAD_NAMES.get(r["quad"]),
        "mode": r["mode"], "context": record.get("context") or [], "negated": bool(r["negated"]),
        "modality": r["modality"],
        "source": _parties(r["source_names"], r["source_codes"], r["source_countries"]),
        "target": _parties(r["target_names"], r["target_codes"], r["target_countries"]),
        "date": r["date"], "location": ({"name": r["location_name"], "country": r["location_country"]}
                                        if r["location_name"] or r["location_country"] else None),
        "trigger": {"start": r["trigger_start"], "end": r["trigger_end"], "text": r["trigger_text"]},
        "evidence": {"start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence_text"]},
        "attributed_to": r["attributed_to"], "cluster_id": r["cluster_id"],
        "article": {"date": r["article_date"], "title": r["article_title"], "url": r["article_url"]},
    }


def list_events(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None,
                limit: int | None = 50, offset: int | None = 0) -> Page:
    """Events matching ``flt``, newest first, one page at a time."""
    limit, offset = clamp(limit, offset)
    where, params = (flt or EventFilter()).where()
    frm = "FROM events e LEFT JOIN articles a ON a.id = e.article_id"
    total = con.execute(f"SELECT count(*) {frm} WHERE {where}", params).fetchone()[0]
    # Two steps: sort only the keys to find the page, then fetch the wide columns (record JSON,
    # evidence text) for those rows alone; sorting every wide row made deep pages slow.
    cur = con.execute(
        f"WITH page AS (SELECT e.article_id AS k_article, e.idx AS k_idx, {EVENT_DATE_SQL} AS k_date {frm} "
        f"WHERE {where} ORDER BY k_date DESC NULLS LAST, k_article, k_idx LIMIT ? OFFSET ?) "
        f"SELECT {_EVENT_COLUMNS} FROM page JOIN events e ON e.article_id = page.k_article AND e.idx = page.k_idx "
        f"LEFT JOIN articles a ON a.id = e.article_id "
        f"ORDER BY page.k_date DESC NULLS LAST, page.k_article, page.k_idx",
        params + [limit, offset])
    names = [d[0] for d in cur.description]
    return Page([event_from_row(dict(zip(names, r))) for r in cur.fetchall()], total, limit, offset)


FACETS = {
    "type": "SELECT e.type AS value, count(*) AS n {frm} WHERE {where} GROUP BY 1",
    "actor": "SELECT x AS value, count(*) AS n FROM (SELECT unnest(list_distinct(list_concat(e.source_names, "
             "e.target_names))) AS x {frm} WHERE {where}) WHERE x IS NOT NULL GROUP BY 1",
    "country": "SELECT x AS value, count(*) AS n FROM (SELECT unnest(list_distinct(list_concat("
               "e.source_countries, e.target_countries))) AS x {frm} WHERE {where}) WHERE x IS NOT NULL GROUP BY 1",
    "month": f"SELECT substr({EVENT_DATE_SQL}, 1, 7) AS value, count(*) AS n {{frm}} WHERE {{where}} GROUP BY 1",
    "negated": "SELECT coalesce(e.negated, FALSE)::VARCHAR AS value, count(*) AS n {frm} WHERE {where} GROUP BY 1",
    "modality": "SELECT e.modality AS value, count(*) AS n {frm} WHERE {where} GROUP BY 1",
}


def event_facets(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, top: int = 30) -> dict:
    """Counts of the events matching ``flt`` per type, actor, country, month, negation and modality."""
    where, params = (flt or EventFilter()).where()
    frm = "FROM events e LEFT JOIN articles a ON a.id = e.article_id"
    out = {}
    for name, template in FACETS.items():
        order = "value" if name == "month" else "n DESC, value"
        sql = template.format(frm=frm, where=where) + f" ORDER BY {order} LIMIT ?"
        out[name] = [{"value": v, "count": n} for v, n in con.execute(sql, params + [top]).fetchall()]
    return out


def network(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, max_edges: int = 80) -> dict:
    """Actors joined by events: directed source -> target edges with cooperation/conflict counts."""
    where, params = (flt or EventFilter()).where()
    sql = f"""
    SELECT s, t, count(*) AS n, count(*) FILTER (WHERE quad IN (1, 2)) AS coop,
           count(*) FILTER (WHERE quad IN (3, 4)) AS conflict
    FROM (SELECT s, unnest(ts) AS t, quad FROM (
            SELECT unnest(e.source_names) AS s, e.target_names AS ts, {QUAD_SQL} AS quad
            FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE {where}))
    WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
    GROUP BY s, t ORDER BY n DESC, s, t LIMIT ?
    """
    edges = [{"source": s, "target": t, "count": n, "cooperation": c, "conflict": k}
             for s, t, n, c, k in con.execute(sql, params + [max_edges]).fetchall()]
    weight: dict[str, int] = {}
    for e in edges:
        weight[e["source"]] = weight.get(e["source"], 0) + e["count"]
        weight[e["target"]] = weight.get(e["target"], 0) + e["count"]
    nodes = [{"id": n, "weight": w} for n, w in sorted(weight.items(), key=lambda x: (-x[1], x[0]))]
    return {"nodes": nodes, "edges": edges}


# --- quotes -----------------------------------------------------------------------------------

def list_quotes(con: duckdb.DuckDBPyConnection, speaker: dict | None = None, q: str | None = None,
                quote_type: str | None = None, article_id: str | None = None,
                limit: int | None = 50, offset: int | None = 0, date_from: str | None = None,
                date_to: str | None = None, country: str | None = None) -> Page:
    """Quotes, newest first; ``speaker`` is a :func:`resolve_actor` result, ``q`` a text filter;
    ``date_from``/``date_to`` (YYYY[-MM[-DD]]) bound the article date (a month-precision article
    counts for every day of its month); ``country`` (ISO alpha-3) keeps speakers resolved to an
    actor of that country (its government, ministers, the country itself)."""
    limit, offset = clamp(limit, offset)
    clauses, params = ["TRUE"], []
    if speaker is not None:
        # a speaker without actor is known by the words of the text ("Der Minister")
        clauses.append("(q.speaker_actor_id = ? OR list_contains(?::VARCHAR[], q.speaker_name) "
                       "OR (? IS NULL AND list_contains(?::VARCHAR[], q.speaker_text)))")
        names = speaker["names"] or [speaker["name"]]
        params += [speaker["actor_id"], names, speaker["actor_id"], names]
    if q:
        clauses.append("q.quote_text ILIKE ? ESCAPE '\\'")
        params.append(like_pattern(q))
    if quote_type:
        clauses.append("q.type = ?")
        params.append(quote_type)
    if article_id:
        clauses.append("q.article_id = ?")
        params.append(article_id)
    if country:
        clauses.append("q.speaker_actor_id IN (SELECT actor_id FROM actors WHERE country = ?)")
        params.append(country.upper())
    if date_from:
        clauses.append("a.date >= substr(?, 1, length(a.date))")
        params.append(date_from)
    if date_to:
        clauses.append("a.date <= ? || '-99'")
        params.append(date_to)
    where = " AND ".join(clauses)
    frm = "FROM quotes q LEFT JOIN articles a ON a.id = q.article_id"
    total = con.execute(f"SELECT count(*) {frm} WHERE {where}", params).fetchone()[0]
    cur = con.execute(
        f"SELECT q.article_id, q.idx, q.type, q.quote_start, q.quote_end, q.quote_text, q.speaker_start, "
        f"q.speaker_end, q.speaker_text, q.speaker_actor_id, q.speaker_name, q.cue_text, a.date, a.title "
        f"{frm} WHERE {where} ORDER BY a.date DESC NULLS LAST, q.article_id, q.idx LIMIT ? OFFSET ?",
        params + [limit, offset])
    items = [{"id": f"{r[0]}:{r[1]}", "article_id": r[0], "idx": r[1], "type": r[2],
              "start": r[3], "end": r[4], "text": r[5],
              "speaker": {"start": r[6], "end": r[7], "text": r[8], "actor_id": r[9], "name": r[10]},
              "cue": r[11], "date": r[12], "article_title": r[13]} for r in cur.fetchall()]
    return Page(items, total, limit, offset)


def actor_names(con: duckdb.DuckDBPyConnection, key: str | None) -> dict | None:
    """The actor to match events by for ``key`` (None without a key); an unknown key raises
    :class:`~lagebild.store.queries.actors.UnknownActor` with the closest names."""
    if not key:
        return None
    from .actors import require_actor
    return require_actor(con, key)


def participant_clause(side: str, who: dict | list[str]) -> tuple[str, list]:
    """SQL over ``events e`` true when a ``side`` ("source" or "target") participant is ``who``
    (an actor record or a list of names), and its parameters.

    An actor matches by its names; one resolved from a CAMEO code also by that code (``ISRGOV``:
    everyone coded so) or country (``ISR``: every actor of Israel), as PETRARCH-coded data counts.
    """
    if side not in ("source", "target"):
        raise ValueError("side must be source or target")
    if isinstance(who, dict):
        names, codes, countries = who.get("names") or [who.get("name")], who.get("codes") or [], \
            who.get("countries") or []
    else:
        names, codes, countries = list(who), [], []
    sql = f"list_has_any(e.{side}_names, ?::VARCHAR[])"
    values: list = [[n for n in names if n]]
    if codes:
        sql += f" OR list_has_any(e.{side}_codes, ?::VARCHAR[])"
        values.append(codes)
    if countries:
        sql += f" OR list_has_any(e.{side}_countries, ?::VARCHAR[])"
        values.append(countries)
    return f"({sql})", values
