"""The web UI's pages: thin handlers that call the query functions and render a template.

Pages: ``/`` (overview and search), ``/article/{id}``, ``/actors``, ``/actor?key=``,
``/dyad?a=&b=``, ``/events`` (browser with facets and the network view). Charts and the network
are drawn in the browser from JSON the page embeds or fetches from ``/api``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..store.queries import actors as q_actors
from ..store.queries import articles as q_articles
from ..store.queries import dyads as q_dyads
from ..store.queries import graph as q_graph
from ..store.queries import search as q_search
from ..store.queries.actors import UnknownActor
from .highlight import highlight

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html

PAGE = 25
EVENT_FILTERS = ("actor", "type", "country", "month", "negated", "modality", "place", "date_from", "date_to")


def _int(value: str | None, default: int = 0) -> int:
    try:
        return max(0, int(value)) if value is not None else default
    except ValueError:
        return default


def _pager(request: Request, page: q_graph.Page) -> dict:
    """Previous/next links that keep the other query parameters."""
    params = dict(request.query_params)

    def link(offset: int) -> str:
        return "?" + urlencode({**params, "offset": offset})
    return {"total": page.total, "first": page.offset + 1 if page.items else 0,
            "last": page.offset + len(page.items),
            "prev": link(max(0, page.offset - page.limit)) if page.offset > 0 else None,
            "next": link(page.offset + page.limit) if page.offset + page.limit < page.total else None}


def _render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def not_found_page(request: Request, message: str) -> HTMLResponse:
    """The HTML 404 page."""
    return _render(request, "error.html", status=404, message=message)


def unknown_actor_page(request: Request, exc: UnknownActor) -> HTMLResponse:
    """The HTML 404 page for a key no actor answers to, with the closest names."""
    hint = f" Meinten Sie: {', '.join(exc.suggestions)}?" if exc.suggestions else ""
    return not_found_page(request, f"Kein Akteur {exc.key!r}.{hint}")


def _con(request: Request):
    return request.app.state.con.cursor()


def mount_web(app: FastAPI) -> None:
    """Add the static files and the HTML pages to ``app``."""
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, q: str | None = None, offset: str | None = None):
        con = _con(request)
        try:
            from ..jobs import stats
            results = q_search.search_articles(con, q, 20, _int(offset)) if q else None
            latest = None if q else q_articles.list_articles(con, limit=PAGE, offset=_int(offset))
            shown = results or latest
            return _render(request, "home.html", q=q or "", stats=stats(con), results=results,
                           latest=latest, nav=_pager(request, shown),
                           top_dyads=q_dyads.top_dyads(con, limit=8).items)
        finally:
            con.close()

    @app.get("/api-docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request):
        spec = request.app.openapi()
        endpoints = []
        for path, methods in spec["paths"].items():
            for method, op in methods.items():
                params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                           "description": p.get("description") or (p.get("schema") or {}).get("description", "")}
                          for p in op.get("parameters", [])]
                endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                                  "description": op.get("description", ""), "tags": op.get("tags", []),
                                  "params": params, "body": "requestBody" in op})
        return _render(request, "api.html", spec=spec, endpoints=endpoints)

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, article_id: str):
        con = _con(request)
        try:
            art = q_articles.get_article(con, article_id)
            if art is None:
                return not_found_page(request, f"Kein Artikel {article_id!r}.")
            segments, anns = highlight(art["text"], art["record"])
            record = art["record"] or {}
            return _render(request, "article.html", art=art, segments=segments, anns=anns,
                           record=record, quotes=record.get("quotes") or [],
                           events=q_graph.list_events(con, q_graph.EventFilter(article_id=article_id),
                                                      limit=200).items)
        finally:
            con.close()

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors(request: Request, q: str | None = None, offset: str | None = None):
        con = _con(request)
        try:
            page = q_graph.list_actors(con, q=q or None, limit=PAGE, offset=_int(offset))
            return _render(request, "actors.html", page=page, q=q or "", nav=_pager(request, page))
        finally:
            con.close()

    @app.get("/actor", response_class=HTMLResponse, include_in_schema=False)
    def actor(request: Request, key: str = ""):
        con = _con(request)
        try:
            try:
                a = q_actors.require_actor(con, key)
            except UnknownActor as exc:
                return unknown_actor_page(request, exc)
            return _render(
                request, "actor.html", actor=a, roles=q_graph.merge_learned_roles(q_graph.actor_roles(con, a["actor_id"])),
                timeline=q_graph.actor_timeline(con, a, "month"),
                quotes=q_graph.list_quotes(con, speaker=a, limit=50),
                as_source=q_graph.list_events(con, q_graph.EventFilter(source=a), limit=50),
                as_target=q_graph.list_events(con, q_graph.EventFilter(target=a), limit=50),
                partners=q_dyads.top_dyads(con, q_graph.EventFilter(actor=a), limit=10).items)
        finally:
            con.close()

    @app.get("/dyad", response_class=HTMLResponse, include_in_schema=False)
    def dyad(request: Request, a: str = "", b: str = "", interval: str = "month"):
        con = _con(request)
        try:
            if interval not in q_graph.INTERVALS:
                interval = "month"
            try:
                actor_a = q_actors.require_actor(con, a) if a else None
                actor_b = q_actors.require_actor(con, b) if b else None
            except UnknownActor as exc:
                return unknown_actor_page(request, exc)
            if actor_a is None or actor_b is None:
                return _render(request, "dyad.html", a=a, b=b, series=None, interval=interval,
                               events=None, top=q_dyads.top_dyads(con, limit=20).items)
            series = q_dyads.dyad_series(con, actor_a, actor_b, interval=interval)
            events = q_dyads.dyad_events(con, actor_a, actor_b, limit=100)
            return _render(request, "dyad.html", a=a, b=b, actor_a=actor_a, actor_b=actor_b,
                           series=series, interval=interval, events=events, top=None)
        finally:
            con.close()

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events(request: Request, offset: str | None = None):
        con = _con(request)
        try:
            p = request.query_params
            negated = {"true": True, "false": False}.get(p.get("negated", ""))
            types = p.getlist("type") or None
            try:
                actor = q_graph.actor_names(con, p.get("actor"))
            except UnknownActor as exc:
                return unknown_actor_page(request, exc)
            flt = q_graph.EventFilter(actor=actor, types=types,
                                      country=p.get("country") or None, month=p.get("month") or None,
                                      negated=negated, modality=p.get("modality") or None,
                                      place=p.get("place") or None, date_from=p.get("date_from") or None,
                                      date_to=p.get("date_to") or None)
            page = q_graph.list_events(con, flt, limit=PAGE, offset=_int(offset))
            active = {k: v for k, v in p.multi_items() if k in EVENT_FILTERS and v}
            facets = q_graph.event_facets(con, flt, top=12)

            def facet_link(name: str, value) -> str:
                params = [(k, v) for k, v in p.multi_items() if k not in (name, "offset")]
                return "?" + urlencode(params + [(name, value)])

            def drop_link(name: str) -> str:
                return "?" + urlencode([(k, v) for k, v in p.multi_items() if k not in (name, "offset")])
            api_query = urlencode([(k, v) for k, v in p.multi_items() if k in EVENT_FILTERS and v])
            return _render(request, "events.html", page=page, facets=facets, active=active,
                           facet_link=facet_link, drop_link=drop_link, nav=_pager(request, page),
                           api_query=api_query)
        finally:
            con.close()
