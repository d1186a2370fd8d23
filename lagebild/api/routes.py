"""The JSON endpoints under ``/api``: thin handlers over :mod:`lagebild.store.queries`.

Every list endpoint takes ``limit`` (1-500) and ``offset`` and answers
``{"items": [...], "total": N, "limit": L, "offset": O}``.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from collections.abc import Iterator
from typing import Annotated, Literal

import duckdb
from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from ..errors import LagebildError
from ..store.queries import actors as q_actors
from ..store.queries import articles as q_articles
from ..store.queries import dyads as q_dyads
from ..store.queries import graph as q_graph
from ..store.queries import search as q_search

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=q_graph.MAX_LIMIT, description="Items per page (1-500).")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
DateParam = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                        description="YYYY, YYYY-MM or YYYY-MM-DD.")]
Interval = Literal["week", "month", "year"]
ACTOR_KEY = ("Actor: id, name, alias, surname, place or CAMEO code (ISR: every actor of Israel, ISRGOV: "
             "everyone coded so); an unknown actor answers 422 unknown_actor with did_you_mean.")
Modality = Literal["asserted", "hypothetical", "future", "demanded"]


def get_con(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor of the app's connection for one request, closed afterwards."""
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


Con = Annotated[duckdb.DuckDBPyConnection, Depends(get_con)]


def _actor(con, key: str) -> dict:
    """The actor ``key`` names; a miss is a 404 ``unknown_actor`` with the closest names."""
    return q_actors.require_actor(con, key)


class EventQuery:
    """The event filters shared by /events, /events/facets and /network."""

    def __init__(self, con: Con,
                 actor: Annotated[str | None, Query(description=ACTOR_KEY + " On either side.")] = None,
                 source: Annotated[str | None, Query(description=ACTOR_KEY + " As source.")] = None,
                 target: Annotated[str | None, Query(description=ACTOR_KEY + " As target.")] = None,
                 type: Annotated[list[str] | None, Query(description="PLOVER type; repeat for several.")] = None,
                 quad: Annotated[int | None, Query(ge=1, le=4, description="1 verbal coop., 2 material coop., "
                                                   "3 verbal conflict, 4 material conflict.")] = None,
                 date_from: DateParam = None, date_to: DateParam = None,
                 month: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}$")] = None,
                 negated: bool | None = None, modality: Modality | None = None,
                 place: Annotated[str | None, Query(max_length=200)] = None,
                 country: Annotated[str | None, Query(max_length=3)] = None,
                 code: Annotated[str | None, Query(max_length=20)] = None,
                 article_id: str | None = None,
                 q: Annotated[str | None, Query(max_length=200, description="Trigger or place contains.")] = None):
        self.filter = q_graph.EventFilter(
            actor=q_graph.actor_names(con, actor), source=q_graph.actor_names(con, source),
            target=q_graph.actor_names(con, target), types=type, quad=quad, date_from=date_from,
            date_to=date_to, month=month, negated=negated, modality=modality, place=place,
            country=country, code=code, article_id=article_id, q=q)


# --- store ------------------------------------------------------------------------------------

@router.get("/health", tags=["store"])
def health(request: Request) -> dict:
    """Liveness: always ``{"status": "ok"}`` with whether ingest is enabled."""
    return {"status": "ok", "ingest_enabled": request.app.state.token is not None}


@router.get("/stats", tags=["store"])
def stats(con: Con) -> dict:
    """Counts of what the store holds."""
    from ..jobs import stats as store_stats
    return store_stats(con)


# --- articles ---------------------------------------------------------------------------------

@router.get("/articles", tags=["articles"])
def articles(con: Con, limit: Limit = 50, offset: Offset = 0, date_from: DateParam = None,
             date_to: DateParam = None, agency: str | None = None, place: str | None = None) -> dict:
    """Articles without text, newest first, with annotation counts."""
    return q_articles.list_articles(con, date_from, date_to, agency, place, limit, offset).to_dict()


@router.get("/articles/{article_id}", tags=["articles"])
def article(con: Con, article_id: str) -> dict:
    """One article: metadata, text and its full analysis record (entities, timexes, quotes, events)."""
    found = q_articles.get_article(con, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return found


@router.get("/search", tags=["articles"])
def search(con: Con, q: Annotated[str, Query(min_length=1, max_length=300, description="Words, all must occur.")],
           limit: Limit = 20, offset: Offset = 0) -> dict:
    """Full-text search over article texts and titles (every word must occur; case-insensitive)."""
    return q_search.search_articles(con, q, limit, offset).to_dict()


# --- actors -----------------------------------------------------------------------------------

@router.get("/actors", tags=["actors"])
def actors(con: Con, q: Annotated[str | None, Query(max_length=200)] = None,
           country: Annotated[str | None, Query(max_length=3)] = None,
           limit: Limit = 50, offset: Offset = 0) -> dict:
    """Actors, most active first, with mention, event and quote counts."""
    return q_graph.list_actors(con, q, country, limit, offset).to_dict()


@router.get("/actors/{key}", tags=["actors"])
def actor(con: Con, key: str) -> dict:
    """One actor: identity, the names it is matched by, and its dated roles with their evidence
    (learned variants of one office merged: ``merged_roles``).

    ``key`` is an id, a CAMEO code (``ISR``, ``ISRGOV``), a name, alias, surname or place; an
    unknown key answers 404 with the closest names (``did_you_mean``)."""
    a = _actor(con, key)
    roles = q_graph.actor_roles(con, a["actor_id"])
    return {"actor": a, "roles": roles, "merged_roles": q_graph.merge_learned_roles(roles)}


@router.get("/actors/{key}/timeline", tags=["actors"])
def actor_timeline(con: Con, key: str, interval: Interval = "month") -> dict:
    """Per week, month or year: events as source and as target, quotes and mentions."""
    a = _actor(con, key)
    return {"actor": a, "interval": interval, "series": q_graph.actor_timeline(con, a, interval)}


@router.get("/actors/{key}/quotes", tags=["actors", "quotes"])
def actor_quotes(con: Con, key: str, limit: Limit = 50, offset: Offset = 0) -> dict:
    """What the actor said."""
    return q_graph.list_quotes(con, speaker=_actor(con, key), limit=limit, offset=offset).to_dict()


@router.get("/actors/{key}/events", tags=["actors", "events"])
def actor_events(con: Con, key: str, role: Literal["source", "target", "any"] = "any",
                 limit: Limit = 50, offset: Offset = 0) -> dict:
    """Events with the actor as source, as target, or either."""
    names = _actor(con, key)["names"]
    flt = q_graph.EventFilter(**{"actor" if role == "any" else role: names})
    return q_graph.list_events(con, flt, limit, offset).to_dict()


# --- events, quotes, network -----------------------------------------------------------------

@router.get("/events", tags=["events"])
def events(con: Con, eq: Annotated[EventQuery, Depends()], limit: Limit = 50, offset: Offset = 0) -> dict:
    """Events matching the filters, newest first."""
    return q_graph.list_events(con, eq.filter, limit, offset).to_dict()


@router.get("/events/facets", tags=["events"])
def event_facets(con: Con, eq: Annotated[EventQuery, Depends()],
                 top: Annotated[int, Query(ge=1, le=200)] = 30) -> dict:
    """Counts of the matching events per type, actor, country, month, negation and modality."""
    return q_graph.event_facets(con, eq.filter, top)


@router.get("/network", tags=["events"])
def network(con: Con, eq: Annotated[EventQuery, Depends()],
            max_edges: Annotated[int, Query(ge=1, le=500)] = 80) -> dict:
    """Actors joined by the matching events: nodes and directed edges with cooperation/conflict counts."""
    return q_graph.network(con, eq.filter, max_edges)


ExportFormat = Literal["csv", "json", "plover"]
MAX_EXPORT = 100_000  # one download; the CLI's `lagebild export` writes the whole store
EVENT_CSV = ("id", "date", "type", "quad", "source", "source_codes", "target", "target_codes", "place",
             "place_country", "negated", "modality", "attributed_to", "trigger", "evidence", "article_id",
             "article_title", "article_date")


def _csv(rows, header) -> Iterator[str]:
    import csv
    import io
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()


def _download(body, media: str, name: str) -> StreamingResponse:
    return StreamingResponse(body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'})


@router.get("/events/export", tags=["events"])
def events_export(con: Con, eq: Annotated[EventQuery, Depends()], format: ExportFormat = "csv"):
    """The events matching the filters as a download: CSV (one row per event, participants joined
    with ``;``), JSON (the list ``/api/events`` pages through) or PLOVER (JSON Lines, the records
    ``lagebild export --format plover`` writes). At most 100,000 events, newest first."""
    if format == "plover":
        from ..export.events import EVENT_SQL
        from ..export.plover import plover_record
        from ..export.stream import iter_rows
        where, params = eq.filter.where()
        sql = f"{EVENT_SQL} WHERE {where} ORDER BY e.article_id, e.idx LIMIT {MAX_EXPORT}"

        # read it all before answering: the request's cursor is closed once the handler returns
        lines = []
        for row in iter_rows(con, sql, params):
            row["record"] = json.loads(row["record"]) if row["record"] else {}
            lines.append(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
        return _download(iter(lines), "application/x-ndjson", "events.plover.jsonl")
    items = _all_events(con, eq.filter)
    if format == "json":
        return _download(iter([json.dumps(items, ensure_ascii=False)]), "application/json", "events.json")

    def rows():
        for e in items:
            yield (e["id"], e["date"], e["type"], e["quad_name"], ";".join(p["name"] or "" for p in e["source"]),
                   ";".join(p["actor_code"] or "" for p in e["source"]),
                   ";".join(p["name"] or "" for p in e["target"]),
                   ";".join(p["actor_code"] or "" for p in e["target"]),
                   (e["location"] or {}).get("name"), (e["location"] or {}).get("country"), e["negated"],
                   e["modality"], e["attributed_to"], e["trigger"]["text"], e["evidence"]["text"], e["article_id"],
                   e["article"]["title"], e["article"]["date"])
    return _download(_csv(rows(), EVENT_CSV), "text/csv; charset=utf-8", "events.csv")


def _all_events(con, flt) -> list[dict]:
    """Every matching event (up to the export limit), newest first, page by page."""
    out: list[dict] = []
    while len(out) < MAX_EXPORT:
        page = q_graph.list_events(con, flt, q_graph.MAX_LIMIT, len(out))
        out.extend(page.items)
        if len(page.items) < q_graph.MAX_LIMIT:
            break
    return out


@router.get("/quotes/export", tags=["quotes"])
def quotes_export(con: Con, speaker: Annotated[str | None, Query(description=ACTOR_KEY)] = None,
                  q: Annotated[str | None, Query(max_length=200)] = None, type: str | None = None,
                  window: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")] = None,
                  date_from: DateParam = None, date_to: DateParam = None,
                  country: Annotated[str | None, Query(max_length=3, description="Speaker's country (ISO3).")] = None,
                  format: Literal["csv", "json"] = "csv"):
    """The quotes matching the filters (as ``/quotes`` in the web UI) as CSV or JSON, at most 100,000."""
    from ..report import parse_window
    who = q_actors.require_actor(con, speaker) if speaker else None
    if window:
        w = parse_window(window)
        date_from, date_to = w.start.isoformat(), w.end.isoformat()
    items: list[dict] = []
    while len(items) < MAX_EXPORT:
        page = q_graph.list_quotes(con, who, q, type or None, None, q_graph.MAX_LIMIT, len(items),
                                   date_from=date_from, date_to=date_to, country=country)
        items.extend(page.items)
        if len(page.items) < q_graph.MAX_LIMIT:
            break
    if format == "json":
        return _download(iter([json.dumps(items, ensure_ascii=False)]), "application/json", "quotes.json")
    rows = ((x["id"], x["date"], x["speaker"]["name"] or x["speaker"]["text"], x["speaker"]["actor_id"], x["type"],
             x["text"], x["cue"], x["article_id"], x["article_title"]) for x in items)
    return _download(_csv(rows, ("id", "date", "speaker", "speaker_actor_id", "type", "quote", "cue", "article_id",
                                 "article_title")), "text/csv; charset=utf-8", "quotes.csv")


@router.get("/report", tags=["report"])
def report(con: Con, window: Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                                        description="YYYY, YYYY-MM or YYYY-MM-DD; "
                                                                    "default: the latest month")] = None,
           date_from: DateParam = None, date_to: DateParam = None,
           actor: Annotated[str | None, Query(description=ACTOR_KEY)] = None,
           country: Annotated[str | None, Query(max_length=3)] = None,
           dyad: Annotated[str | None, Query(description="Two actor keys, A:B.")] = None,
           type: Annotated[str | None, Query(description="PLOVER type (either spelling).")] = None,
           lang: Literal["de", "en"] = "de", format: Literal["html", "md", "pdf", "json"] = "json"):
    """The situation report (``lagebild report``) of a window and a focus: JSON data, or the
    self-contained HTML page, Markdown or PDF as a download."""
    from fastapi.responses import Response

    from .. import report as rpt
    from ..report.render import render
    if window:
        win = rpt.parse_window(window)
    elif date_from or date_to:
        first, last = con.execute("SELECT min(date), max(date) FROM articles WHERE date >= '1000'").fetchone()
        win = rpt.parse_window(None, date_from or first or "1000", date_to or last or "9999")
    else:
        win = rpt.latest_window(con)
    data = rpt.build_report(con, win, rpt.Focus(actor=actor, country=country, dyad=dyad, type=type))
    if format == "json":
        return data
    media = {"html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8", "pdf": "application/pdf"}
    name = f"lagebild-{win.label.replace(' – ', '_')}.{format}"
    return Response(render(data, format, lang), media_type=media[format],
                    headers={"content-disposition": f'attachment; filename="{name}"'})


@router.get("/quotes", tags=["quotes"])
def quotes(con: Con, speaker: Annotated[str | None, Query(description=ACTOR_KEY)] = None,
           q: Annotated[str | None, Query(max_length=200)] = None,
           type: str | None = None, article_id: str | None = None,
           date_from: DateParam = None, date_to: DateParam = None,
           country: Annotated[str | None, Query(max_length=3, description="Speaker's country (ISO3).")] = None,
           limit: Limit = 50, offset: Offset = 0) -> dict:
    """Quotes, newest first, by speaker (actor id or name), text, type, article date range or the
    speaker's country."""
    who = q_actors.require_actor(con, speaker) if speaker else None
    return q_graph.list_quotes(con, who, q, type, article_id, limit, offset, date_from=date_from,
                               date_to=date_to, country=country).to_dict()


# --- dyads ------------------------------------------------------------------------------------

@router.get("/dyads", tags=["dyads"])
def dyads(con: Con, limit: Limit = 50, offset: Offset = 0) -> dict:
    """The most active source -> target pairs."""
    return q_dyads.top_dyads(con, None, limit, offset).to_dict()


@router.get("/dyads/series", tags=["dyads"])
def dyad_series(con: Con, a: str, b: str, interval: Interval = "month", by: Literal["quad", "type"] = "quad",
                directed: bool = False, date_from: DateParam = None, date_to: DateParam = None,
                include_negated: bool = False) -> dict:
    """Events between actors ``a`` and ``b`` per week or month, by quad class or PLOVER type.

    Negated events are left out unless ``include_negated``.
    """
    return q_dyads.dyad_series(con, _actor(con, a), _actor(con, b), interval, by, directed, date_from, date_to,
                               include_negated)


@router.get("/dyads/events", tags=["dyads"])
def dyad_events(con: Con, a: str, b: str, period: str | None = None, interval: Interval = "month",
                directed: bool = False, negated: bool | None = None, limit: Limit = 50,
                offset: Offset = 0) -> dict:
    """The events behind a dyad series (all of them, or one ``period``; ``negated=false`` as the series counts)."""
    return q_dyads.dyad_events(con, _actor(con, a), _actor(con, b), period, interval, directed,
                               limit, offset, negated).to_dict()


# --- ingest -----------------------------------------------------------------------------------

class IngestArticle(BaseModel):
    """One article to ingest; ``date`` is YYYY, YYYY-MM or YYYY-MM-DD."""

    text: str = Field(min_length=1, max_length=2_000_000)
    id: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


class IngestRequest(BaseModel):
    """Articles to ingest, and whether to analyse them right away."""

    articles: list[IngestArticle] = Field(min_length=1, max_length=1000)
    process: bool = True


def _check_token(request: Request, authorization: str | None, x_lagebild_token: str | None) -> None:
    expected = request.app.state.token
    if expected is None:
        raise HTTPException(403, "ingest is disabled: the operator has not set a token (serve --token "
                                 "or LAGEBILD_TOKEN)")
    given = x_lagebild_token
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given or not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token")


@router.post("/ingest", tags=["store"])
def ingest(request: Request, body: IngestRequest, authorization: Annotated[str | None, Header()] = None,
           x_lagebild_token: Annotated[str | None, Header()] = None) -> dict:
    """Add articles (and analyse them unless ``process`` is false). Needs the operator's token."""
    _check_token(request, authorization, x_lagebild_token)
    from ..jobs import ingest as ingest_job
    from ..jobs import process as process_job
    # The readers own validation (dates, empty text, ids): hand them the articles as JSON Lines.
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for art in body.articles:
            fh.write(json.dumps(art.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
        path = fh.name
    try:
        with request.app.state.write_lock:
            con = request.app.state.con.cursor()
            try:
                report = ingest_job(con, [path]).to_dict()
                processed, process_error = None, None
                if body.process:
                    try:
                        processed = process_job(con).to_dict()
                    except LagebildError as exc:
                        # The articles are stored; `lagebild process` can analyse them later.
                        process_error = str(exc)
            finally:
                con.close()
    finally:
        os.unlink(path)
    return {"ingest": report, "process": processed, "process_error": process_error}
