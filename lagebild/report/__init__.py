"""The situation report (``lagebild report``): what happened in a time window, from the store.

:func:`build_report` gathers the data behind a report as one JSON-ready dict; :mod:`.render`
turns it into Markdown, a self-contained HTML file or a PDF. The same store and arguments give
the same report: every list has a total order, nothing depends on the clock.

Sections:

- **key developments**: the event clusters of the window (the same real event reported by
  several articles counts once) that happened (asserted, not negated), ranked by how many
  articles and sources report them, with type, date, place, participants, first and last seen,
  and the evidence sentences with their articles;
- **what changed** against the previous window of the same length: dyads reported more or less
  often, actors that appear for the first time, roles learned from the text, and the shift
  between cooperation and conflict (PLOVER quad classes);
- **who said what**: the speakers quoted most often, with their quotes and source articles;
- **timeline**: events per day (per week for windows over two months) by quad class;
- **where**: the places and countries events happened in.

A focus narrows every section to one actor, one country, one dyad or one event type.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

import duckdb

from ..store.queries.graph import EVENT_DATE_SQL, QUAD_NAMES, QUAD_SQL, EventFilter, actor_names
from ..vocabulary import canonical_event_type

TOP_DEVELOPMENTS = 10
TOP_CHANGES = 5
TOP_SPEAKERS = 8
QUOTES_PER_SPEAKER = 2
EVIDENCE_PER_DEVELOPMENT = 3
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Window:
    """A closed range of days, with a label ("2022-03", "2022-03-01 – 2022-03-31")."""

    start: dt.date
    end: dt.date
    label: str

    @property
    def days(self) -> int:
        """Length in days."""
        return (self.end - self.start).days + 1

    def previous(self) -> Window:
        """The window of the same length just before this one (the previous month for a month)."""
        if re.fullmatch(r"\d{4}-\d{2}", self.label):
            first = (self.start - dt.timedelta(days=1)).replace(day=1)
            return parse_window(first.strftime("%Y-%m"))
        end = self.start - dt.timedelta(days=1)
        start = end - dt.timedelta(days=self.days - 1)
        return Window(start, end, f"{start} – {end}")


def parse_window(window: str | None = None, date_from: str | None = None,
                 date_to: str | None = None) -> Window:
    """A window from ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or from two days; ValueError otherwise."""
    if window:
        w = window.strip()
        if re.fullmatch(r"\d{4}", w):
            return Window(dt.date(int(w), 1, 1), dt.date(int(w), 12, 31), w)
        if re.fullmatch(r"\d{4}-\d{2}", w):
            y, m = int(w[:4]), int(w[5:])
            start = dt.date(y, m, 1)
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return Window(start, nxt - dt.timedelta(days=1), w)
        if _DAY.fullmatch(w):
            d = dt.date.fromisoformat(w)
            return Window(d, d, w)
        raise ValueError(f"window {window!r}: give YYYY, YYYY-MM or YYYY-MM-DD")
    if date_from and date_to:
        start, end = _day(date_from, first=True), _day(date_to, first=False)
        if end < start:
            raise ValueError(f"--to {date_to} is before --from {date_from}")
        return Window(start, end, f"{start} – {end}")
    raise ValueError("give a window (--window) or both --from and --to")


def _day(value: str, first: bool) -> dt.date:
    """The first or last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    window = parse_window(value)
    return window.start if first else window.end


def latest_window(con: duckdb.DuckDBPyConnection) -> Window:
    """The latest month of the store (by event date, else article date)."""
    row = con.execute(f"SELECT max(substr({EVENT_DATE_SQL}, 1, 7)) FROM events e "
                      "LEFT JOIN articles a ON a.id = e.article_id "
                      f"WHERE regexp_matches({EVENT_DATE_SQL}, '^\\d{{4}}-\\d{{2}}')").fetchone()
    month = row[0] if row and row[0] else con.execute(
        "SELECT max(substr(date, 1, 7)) FROM articles WHERE regexp_matches(date, '^\\d{4}-\\d{2}')").fetchone()[0]
    if not month:
        raise ValueError("the store has no dated events or articles to report on")
    return parse_window(month)


@dataclass
class Focus:
    """What the report is about: the whole corpus or one actor, country, dyad or event type."""

    actor: str | None = None
    country: str | None = None
    dyad: str | None = None
    type: str | None = None

    def label(self) -> str:
        """How the focus reads in the report's title."""
        for name in ("actor", "country", "dyad", "type"):
            if getattr(self, name):
                return f"{name} {getattr(self, name)}"
        return "corpus"

    def event_filter(self, con: duckdb.DuckDBPyConnection, window: Window) -> EventFilter:
        """The event filter of this focus inside ``window`` (unknown actors raise UnknownActor)."""
        flt = EventFilter(date_from=window.start.isoformat(), date_to=window.end.isoformat())
        if self.actor:
            flt.actor = actor_names(con, self.actor)
        if self.country:
            flt.country = self.country.upper()
        if self.dyad:
            a, sep, b = self.dyad.partition(":")
            if not sep or not a or not b:
                raise ValueError(f"dyad {self.dyad!r}: give A:B")
            flt.dyad = (actor_names(con, a), actor_names(con, b))
        if self.type:
            flt.types = [canonical_event_type(self.type)]
        return flt


_EVENT_COLUMNS = (f"e.article_id, e.idx, e.type, {QUAD_SQL} AS quad, e.negated, e.modality, "
                  f"{EVENT_DATE_SQL} AS date, e.source_names, e.target_names, e.source_countries, "
                  "e.target_countries, e.location_name, e.location_country, e.cluster_id, e.trigger_text, "
                  "substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence, "
                  "a.title, a.url, a.date AS article_date, coalesce(a.dateline_agency, a.source, a.id) AS outlet")


def _events(con: duckdb.DuckDBPyConnection, flt: EventFilter, window: Window) -> list[dict]:
    where, params = flt.where()
    cur = con.execute(f"SELECT {_EVENT_COLUMNS} FROM events e LEFT JOIN articles a ON a.id = e.article_id "
                      f"WHERE {where} ORDER BY date, e.article_id, e.idx", params)
    names = [d[0] for d in cur.description]
    return [e for e in (dict(zip(names, r)) for r in cur.fetchall()) if _in_window(e, window)]


def _in_window(e: dict, window: Window) -> bool:
    """An event dated to the day belongs to the window its day falls in; one dated more loosely
    ("2022", "im März") to the window its article appeared in: a year overlaps every month of
    it, and the report would repeat the same event in each."""
    for value in (e["date"], e["article_date"]):
        if value and _DAY.match(value[:10]):
            return window.start <= dt.date.fromisoformat(value[:10]) <= window.end
    return True  # month-precision article and event: the SQL filter's overlap decides


def _happened(e: dict) -> bool:
    return not e["negated"] and (e["modality"] or "asserted") == "asserted"


def _participants(e: dict) -> list[str]:
    return sorted({n for n in (e["source_names"] or []) + (e["target_names"] or []) if n})


def _article(e: dict) -> dict:
    return {"id": e["article_id"], "title": e["title"], "date": e["article_date"], "url": e["url"],
            "outlet": e["outlet"]}


def developments(events: list[dict]) -> list[dict]:
    """Clusters of events that happened, ranked by articles, sources, mentions, then recency."""
    groups: dict[str, list[dict]] = {}
    for e in events:
        if _happened(e):
            groups.setdefault(e["cluster_id"] or f"{e['article_id']}:{e['idx']}", []).append(e)
    out = []
    for key, evs in groups.items():
        dates = sorted(d for d in (e["date"] for e in evs) if d)
        types = sorted({e["type"] for e in evs}, key=lambda t: (-sum(e["type"] == t for e in evs), t))
        places = sorted({e["location_name"] for e in evs if e["location_name"]})
        evidence, seen = [], set()
        for e in sorted(evs, key=lambda e: (e["article_date"] or "", e["article_id"], e["idx"])):
            if e["article_id"] in seen:
                continue
            seen.add(e["article_id"])
            evidence.append({"article": _article(e), "sentence": (e["evidence"] or "").strip()})
        out.append({
            "cluster": key, "type": types[0], "quad": evs[0]["quad"],
            "sources": sorted({n for e in evs for n in (e["source_names"] or []) if n}),
            "targets": sorted({n for e in evs for n in (e["target_names"] or []) if n}),
            "date": dates[0] if dates else None, "first_seen": min((e["article_date"] for e in evs
                                                                      if e["article_date"]), default=None),
            "last_seen": max((e["article_date"] for e in evs if e["article_date"]), default=None),
            "places": places, "mentions": len(evs), "articles": len({e["article_id"] for e in evs}),
            "outlets": len({e["outlet"] for e in evs}), "evidence": evidence[:EVIDENCE_PER_DEVELOPMENT],
        })
    out.sort(key=lambda d: (-d["articles"], -d["outlets"], -d["mentions"], d["date"] or "", d["cluster"]))
    return out


def _dyads(events: list[dict]) -> dict[tuple[str, str], int]:
    counts: dict[tuple[str, str], int] = {}
    for e in events:
        if not _happened(e):
            continue
        for s in sorted({n for n in e["source_names"] or [] if n}):
            for t in sorted({n for n in e["target_names"] or [] if n}):
                if s and t and s != t:
                    counts[(s, t)] = counts.get((s, t), 0) + 1
    return counts


def _quads(events: list[dict]) -> dict[str, int]:
    counts = {QUAD_NAMES[q]: 0 for q in sorted(QUAD_NAMES)}
    for e in events:
        if _happened(e) and e["quad"] in QUAD_NAMES:
            counts[QUAD_NAMES[e["quad"]]] += 1
    return counts


def changes(con: duckdb.DuckDBPyConnection, now: list[dict], before: list[dict], window: Window,
            flt: EventFilter) -> dict:
    """What changed against the previous window: dyads, new actors, learned roles, quad shift."""
    a, b = _dyads(now), _dyads(before)
    delta = sorted(((n - b.get(k, 0), k) for k, n in a.items()), key=lambda x: (-x[0], x[1]))
    rising = [{"source": k[0], "target": k[1], "now": a[k], "before": b.get(k, 0)}
              for d, k in delta if d > 0][:TOP_CHANGES]
    gone = sorted(((a.get(k, 0) - n, k) for k, n in b.items()), key=lambda x: (x[0], x[1]))
    falling = [{"source": k[0], "target": k[1], "now": a.get(k, 0), "before": b[k]}
               for d, k in gone if d < 0][:TOP_CHANGES]
    # actors named in this window's events and in no event of the focus before it
    earlier_flt = EventFilter(**{**flt.__dict__, "date_from": None,
                                 "date_to": (window.start - dt.timedelta(days=1)).isoformat()})
    where, params = earlier_flt.where()
    known = {r[0] for r in con.execute(
        "SELECT DISTINCT unnest(list_concat(e.source_names, e.target_names)) FROM events e "
        f"LEFT JOIN articles a ON a.id = e.article_id WHERE {where}", params).fetchall()}
    counts: dict[str, int] = {}
    for e in now:
        for n in _participants(e):
            if n not in known:
                counts[n] = counts.get(n, 0) + 1
    new_actors = [{"name": n, "events": c} for n, c in sorted(counts.items(), key=lambda x: (-x[1], x[0]))][:10]
    roles = [{"actor": r[0], "role": r[1], "code": r[2], "article": {"id": r[3], "title": r[4], "date": r[5]},
              "evidence": r[6]}
             for r in con.execute(
                 "SELECT coalesce(ac.name, r.actor_id), r.role, r.actor_code, r.article_id, a.title, a.date, "
                 "r.evidence FROM actor_roles r JOIN articles a ON a.id = r.article_id "
                 "LEFT JOIN actors ac ON ac.actor_id = r.actor_id "
                 "WHERE r.origin = 'learned' AND a.date >= ? AND a.date <= ? "
                 "ORDER BY a.date, r.actor_id, r.role, r.article_id LIMIT 10",
                 [window.start.isoformat(), window.end.isoformat() + "-99"]).fetchall()]
    return {"rising_dyads": rising, "falling_dyads": falling, "new_actors": new_actors,
            "new_roles": roles, "quads": {"now": _quads(now), "before": _quads(before)}}


def who_said_what(con: duckdb.DuckDBPyConnection, window: Window, focus: Focus) -> list[dict]:
    """The speakers quoted most often in the window's articles, with their quotes."""
    params: list = [window.start.isoformat(), window.end.isoformat() + "-99"]
    extra = ""
    if focus.actor:
        who = actor_names(con, focus.actor)
        extra = " AND (q.speaker_actor_id = ? OR list_contains(?::VARCHAR[], q.speaker_name))"
        params += [who.get("actor_id"), who.get("names") or [who.get("name")]]
    rows = con.execute(
        "SELECT coalesce(q.speaker_name, q.speaker_text) AS speaker, q.type, q.quote_text, q.article_id, "
        "a.title, a.date, a.url FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE a.date >= ? AND a.date <= ? AND coalesce(q.speaker_name, q.speaker_text) IS NOT NULL "
        "AND lower(coalesce(q.speaker_name, q.speaker_text)) NOT IN ('er', 'sie', 'man', 'es', 'wir', 'ich')"
        f"{extra} ORDER BY a.date, q.article_id, q.idx", params).fetchall()
    by: dict[str, list] = {}
    for r in rows:
        by.setdefault(r[0], []).append(r)
    ranked = sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:TOP_SPEAKERS]
    return [{"speaker": name, "quotes": len(rs), "articles": len({r[3] for r in rs}),
             "examples": [{"type": r[1], "text": r[2], "article": {"id": r[3], "title": r[4], "date": r[5],
                                                                    "url": r[6]}}
                          for r in rs[:QUOTES_PER_SPEAKER]]}
            for name, rs in ranked]


def timeline(events: list[dict], window: Window) -> dict:
    """Events that happened per day (per ISO week for windows over 62 days) and quad class."""
    weekly = window.days > 62
    buckets: dict[str, dict[str, int]] = {}
    for e in events:
        if not _happened(e) or not e["date"] or not _DAY.match(e["date"][:10]) or e["quad"] not in QUAD_NAMES:
            continue
        d = dt.date.fromisoformat(e["date"][:10])
        if not window.start <= d <= window.end:
            continue
        key = f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}" if weekly else d.isoformat()
        row = buckets.setdefault(key, {QUAD_NAMES[q]: 0 for q in sorted(QUAD_NAMES)})
        row[QUAD_NAMES[e["quad"]]] += 1
    return {"interval": "week" if weekly else "day",
            "series": [{"period": k, **v} for k, v in sorted(buckets.items())]}


def where(events: list[dict]) -> dict:
    """Places and countries of the events that happened, most frequent first."""
    places: dict[tuple, int] = {}
    countries: dict[str, int] = {}
    for e in events:
        if not _happened(e):
            continue
        if e["location_name"]:
            key = (e["location_name"], e["location_country"] or "")
            places[key] = places.get(key, 0) + 1
        # a participant without a known country is stored as a null inside the list
        for c in sorted({c for c in (e["source_countries"] or []) + (e["target_countries"] or []) if c}):
            if c:
                countries[c] = countries.get(c, 0) + 1
    return {"places": [{"name": k[0], "country": k[1] or None, "events": n}
                       for k, n in sorted(places.items(), key=lambda x: (-x[1], x[0]))][:10],
            "countries": [{"country": k, "events": n}
                          for k, n in sorted(countries.items(), key=lambda x: (-x[1], x[0]))][:10]}


def volume(con: duckdb.DuckDBPyConnection, focus: Focus | None = None) -> dict:
    """Events that happened per month and quad class over the whole store, for one focus: the
    long view around a report's window (the web UI's chart of event volume)."""
    flt = (focus or Focus()).event_filter(con, Window(dt.date(1, 1, 1), dt.date(9999, 12, 31), "all"))
    flt.date_from = flt.date_to = None
    where_sql, params = flt.where()
    rows = con.execute(
        f"SELECT substr({EVENT_DATE_SQL}, 1, 7) AS m, {QUAD_SQL} AS quad, count(*) FROM events e "
        f"LEFT JOIN articles a ON a.id = e.article_id WHERE {where_sql} AND NOT coalesce(e.negated, FALSE) "
        f"AND coalesce(e.modality, 'asserted') = 'asserted' "
        f"AND regexp_matches({EVENT_DATE_SQL}, '^\\d{{4}}-\\d{{2}}') GROUP BY ALL", params).fetchall()
    months: dict[str, dict[str, int]] = {}
    for m, quad, n in rows:
        if quad in QUAD_NAMES:
            months.setdefault(m, {QUAD_NAMES[q]: 0 for q in sorted(QUAD_NAMES)})[QUAD_NAMES[quad]] += n
    if months:  # months without events are zero, not skipped: the axis is time
        first, last = min(months), max(months)
        y, mo = int(first[:4]), int(first[5:])
        while f"{y}-{mo:02d}" <= last:
            months.setdefault(f"{y}-{mo:02d}", {QUAD_NAMES[q]: 0 for q in sorted(QUAD_NAMES)})
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return {"interval": "month", "series": [{"period": k, **v} for k, v in sorted(months.items())]}


def windows(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The months the store has events or articles in, newest first (the web UI's window picker)."""
    rows = con.execute(
        f"SELECT DISTINCT substr({EVENT_DATE_SQL}, 1, 7) FROM events e LEFT JOIN articles a ON a.id = e.article_id "
        f"WHERE regexp_matches({EVENT_DATE_SQL}, '^\\d{{4}}-\\d{{2}}') UNION "
        "SELECT DISTINCT substr(date, 1, 7) FROM articles WHERE regexp_matches(date, '^\\d{4}-\\d{2}')").fetchall()
    return sorted((r[0] for r in rows), reverse=True)


def build_report(con: duckdb.DuckDBPyConnection, window: Window | None = None, focus: Focus | None = None) -> dict:
    """The data behind a situation report, JSON-ready and deterministic."""
    focus = focus or Focus()
    window = window or latest_window(con)
    previous = window.previous()
    flt = focus.event_filter(con, window)
    now = _events(con, flt, window)
    before = _events(con, focus.event_filter(con, previous), previous)
    articles = len({e["article_id"] for e in now})
    return {
        "schema": "lagebild.report/1",
        "window": {"label": window.label, "from": window.start.isoformat(), "to": window.end.isoformat()},
        "previous": {"label": previous.label, "from": previous.start.isoformat(), "to": previous.end.isoformat()},
        "focus": focus.label(),
        "counts": {"events": sum(_happened(e) for e in now), "events_not_asserted": sum(not _happened(e) for e in now),
                   "articles_with_events": articles, "events_before": sum(_happened(e) for e in before)},
        "developments": developments(now)[:TOP_DEVELOPMENTS],
        "changes": changes(con, now, before, window, flt),
        "quotes": who_said_what(con, window, focus),
        "timeline": timeline(now, window),
        "where": where(now),
    }


def to_json(report: dict) -> str:
    """The report data as JSON (stable key order)."""
    return json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True)
