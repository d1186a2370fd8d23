"""The web UI's pages: thin handlers that call the query functions and render a template.

Pages: ``/`` (the situation report of a window and focus, :func:`lagebild.report.build_report`,
with a window picker), ``/articles`` (list and search), ``/article/{id}``, ``/actors``,
``/actor?key=``, ``/dyad?a=&b=``, ``/events`` (browser with facets, dates and downloads),
``/quotes`` (quote browser), ``/network`` and ``/map``. The report charts, the network and the
map, like the actor and dyad charts, are drawn on the server by matplotlib, networkx and adjustText
(:mod:`.graphics`) and put into the page as SVG; ``static/app.js`` only opens article annotations.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..store.queries import actors as q_actors
from ..store.queries import articles as q_articles
from ..store.queries import dyads as q_dyads
from ..store.queries import graph as q_graph
from ..store.queries import search as q_search
from ..store.queries.actors import UnknownActor
from .. import report as rpt
from ..report import render as rpt_render
from . import graphics
from .highlight import highlight

HERE = Path(__file__).parent
# the report's own templates too: the home page renders the report body the CLI's HTML file has
templates = Jinja2Templates(directory=[str(HERE / "templates"), str(Path(rpt.__file__).with_name("templates"))])

PAGE = 25
EVENT_FILTERS = ("actor", "type", "country", "month", "negated", "modality", "place", "date_from", "date_to")
FOCUS_FIELDS = ("actor", "country", "dyad", "type")
QUOTE_TYPES = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")


def window_of(con, params) -> rpt.Window:
    """The window a page asks for (``window``, or ``date_from`` and ``date_to``), else the latest
    month of the store; ValueError for one that is not a window."""
    if params.get("window"):
        return rpt.parse_window(params.get("window"))
    if params.get("date_from") or params.get("date_to"):
        # an open end is the store's first or last article date (the window before year 1 does not exist)
        first, last = con.execute("SELECT min(date), max(date) FROM articles WHERE date >= '1000'").fetchone()
        return rpt.parse_window(None, params.get("date_from") or first or "1000",
                                params.get("date_to") or last or "9999")
    return rpt.latest_window(con)


def _window_filter(con, params) -> tuple[rpt.Window | None, q_graph.EventFilter]:
    """The event filter of the network and map pages: window, types and actor."""
    try:
        win = window_of(con, params)
    except ValueError:
        win = None  # an empty store has no latest window: show everything there is
    types = [t for t in params.getlist("type") if t] or None
    flt = q_graph.EventFilter(types=types, actor=q_graph.actor_names(con, params.get("actor") or None))
    if win:
        flt.date_from, flt.date_to = win.start.isoformat(), win.end.isoformat()
    return win, flt


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


def _dates(request: Request) -> tuple[str | None, str | None]:
    """The page's date range (``date_from``, ``date_to``: YYYY[-MM[-DD]]); anything else is ignored."""
    import re
    p = request.query_params
    return tuple(v if v and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v) else None
                 for v in (p.get("date_from"), p.get("date_to")))


def _query(win) -> str:
    """The window as event-list parameters (what a link from the map or network keeps)."""
    return urlencode({"date_from": win.start.isoformat(), "date_to": win.end.isoformat()}) if win else ""


def _picker(con, request: Request) -> dict:
    """The window, type and actor picker of the network and map pages."""
    from ..vocabulary import EVENT_TYPES
    p = request.query_params
    return {"months": rpt.windows(con), "event_types": EVENT_TYPES, "picked_types": p.getlist("type"),
            "picked": {k: p.get(k) or "" for k in ("window", "date_from", "date_to", "actor")}}


def _events_query(win, flt: q_graph.EventFilter, params) -> str:
    """The event-list parameters of what a network or map page draws (its downloads and links)."""
    pairs = [("date_from", win.start.isoformat()), ("date_to", win.end.isoformat())] if win else []
    pairs += [("type", t) for t in flt.types or []]
    if params.get("actor"):
        pairs.append(("actor", params.get("actor")))
    return urlencode(pairs)


def _geography(con, flt: q_graph.EventFilter) -> tuple[dict[str, int], list[dict]]:
    """Events that happened per country taking part or hosting, and per place."""
    where, params = flt.where()
    frm = ("FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE " + where +
           " AND NOT coalesce(e.negated, FALSE) AND coalesce(e.modality, 'asserted') = 'asserted'")
    countries = dict(con.execute(
        "SELECT c, count(*) FROM (SELECT e.article_id, e.idx, unnest(list_distinct(list_concat(e.source_countries, "
        f"e.target_countries, [e.location_country]))) AS c {frm}) WHERE c IS NOT NULL GROUP BY c ORDER BY c",
        params).fetchall())
    places = [{"name": n, "country": c, "events": k} for n, c, k in con.execute(
        f"SELECT e.location_name, any_value(e.location_country), count(*) AS k {frm} AND e.location_name IS NOT NULL "
        "GROUP BY e.location_name ORDER BY k DESC, e.location_name LIMIT 60", params).fetchall()]
    return countries, places


def mount_web(app: FastAPI) -> None:
    """Add the static files and the HTML pages to ``app``."""
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, q: str | None = None):
        """The situation report of the latest window (or the one picked), for a focus."""
        if q:  # the search box of older links: the article search lives at /articles
            return RedirectResponse("/articles?" + urlencode({"q": q}), status_code=307)
        con = _con(request)
        p = request.query_params
        lang = p.get("lang") if p.get("lang") in rpt_render.LABELS else "de"
        focus = rpt.Focus(**{k: (p.get(k) or "").strip() or None for k in FOCUS_FIELDS})
        picked = {k: p.get(k) or "" for k in ("window", "date_from", "date_to", *FOCUS_FIELDS)}
        try:
            months = rpt.windows(con)
            if not months:
                return _render(request, "home.html", report=None, months=[], picked=picked, lang=lang,
                               error="The store has no dated articles yet: `lagebild run` some first.")
            try:
                win = window_of(con, p)
                data = rpt.build_report(con, win, focus)
            except (ValueError, UnknownActor) as exc:
                return _render(request, "home.html", status=400, report=None, months=months, picked=picked,
                               lang=lang, error=str(exc))
            ctx = rpt_render.html_context(data, lang)
            focus_query = urlencode({k: v for k, v in picked.items() if k in FOCUS_FIELDS and v})
            # a month's bar opens that month's report, same focus
            ctx["volume_chart"] = graphics.quad_bars_svg(
                rpt.volume(con, focus)["series"],
                link=lambda m: f"/?window={m}" + (f"&{focus_query}" if focus_query else "") + f"&lang={lang}")
            countries, places = _geography(con, focus.event_filter(con, win))
            try:
                ctx["map"] = graphics.world_map_svg(countries, places, "&" + _query(win)) if countries else None
            except graphics.MapDataMissing:
                ctx["map"] = None  # the map page says why; the report stands without it
            query = urlencode({"window": win.label} if "–" not in win.label else
                              {"date_from": win.start.isoformat(), "date_to": win.end.isoformat()})
            report_query = "&".join(x for x in (query, focus_query, f"lang={lang}") if x)
            return _render(request, "home.html", report=data, months=months, picked=picked,
                           article_href=lambda aid: "/article/" + quote(aid, safe=""), window_query=query,
                           focus_query=focus_query, report_query=report_query, **ctx)
        finally:
            con.close()

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles(request: Request, q: str | None = None, offset: str | None = None,
                 date_from: str | None = None, date_to: str | None = None):
        """The article list (newest first, by date range) and the full-text search."""
        con = _con(request)
        try:
            from ..jobs import stats
            results = q_search.search_articles(con, q, 20, _int(offset)) if q else None
            latest = None if q else q_articles.list_articles(con, date_from or None, date_to or None,
                                                            limit=PAGE, offset=_int(offset))
            shown = results or latest
            return _render(request, "articles.html", q=q or "", stats=stats(con), results=results,
                           latest=latest, nav=_pager(request, shown), date_from=date_from or "",
                           date_to=date_to or "", top_dyads=q_dyads.top_dyads(con, limit=8).items)
        finally:
            con.close()

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes(request: Request, offset: str | None = None):
        """The quote browser: by speaker (any actor key), text, type and date range or window."""
        con = _con(request)
        p = request.query_params
        try:
            speaker = (p.get("speaker") or "").strip()
            try:
                who = q_actors.require_actor(con, speaker) if speaker else None
            except UnknownActor as exc:
                return unknown_actor_page(request, exc)
            try:
                win = rpt.parse_window(p.get("window")) if p.get("window") else None
            except ValueError as exc:
                return not_found_page(request, str(exc))
            date_from = win.start.isoformat() if win else (p.get("date_from") or None)
            date_to = win.end.isoformat() if win else (p.get("date_to") or None)
            qtype = p.get("type") if p.get("type") in QUOTE_TYPES else None
            country = (p.get("country") or "").strip().upper()[:3] or None
            page = q_graph.list_quotes(con, who, p.get("q") or None, qtype, None, PAGE, _int(offset),
                                       date_from=date_from, date_to=date_to, country=country)
            query = urlencode([(k, v) for k, v in p.multi_items() if k != "offset" and v])
            return _render(request, "quotes.html", page=page, nav=_pager(request, page), speaker=speaker,
                           who=who, types=QUOTE_TYPES, picked={k: p.get(k) or "" for k in
                                                               ("q", "type", "window", "date_from", "date_to",
                                                                "country")},
                           months=rpt.windows(con), export_query=query)
        finally:
            con.close()

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request):
        """The actor network of a window, by event type and actor, laid out by networkx."""
        con = _con(request)
        try:
            win, flt = _window_filter(con, request.query_params)
            net = q_graph.network(con, flt, max_edges=_int(request.query_params.get("max_edges"), 60) or 60)
            return _render(request, "network.html", svg=graphics.network_svg(net), net=net, win=win,
                           events_query=_events_query(win, flt, request.query_params), **_picker(con, request))
        finally:
            con.close()

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request):
        """A world map of where the window's events happened and which countries took part."""
        con = _con(request)
        try:
            win, flt = _window_filter(con, request.query_params)
            countries, places = _geography(con, flt)
            try:
                svg, missing = graphics.world_map_svg(countries, places, "&" + _query(win)), None
            except graphics.MapDataMissing as exc:
                svg, missing = None, str(exc)
            return _render(request, "map.html", svg=svg, missing=missing, countries=countries, places=places,
                           win=win, events_query=_events_query(win, flt, request.query_params),
                           **_picker(con, request))
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
            date_from, date_to = _dates(request)
            # with a date range: the actors taking part in that range's events, most active first
            active = (q_graph.event_facets(con, q_graph.EventFilter(date_from=date_from, date_to=date_to), top=200)["actor"]
                      if date_from or date_to else None)
            return _render(request, "actors.html", page=page, q=q or "", nav=_pager(request, page), active=active,
                           date_from=date_from or "", date_to=date_to or "")
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
            roles = q_graph.merge_learned_roles(q_graph.actor_roles(con, a["actor_id"]))
            dates = _dates(request)
            volume = rpt.volume(con, rpt.Focus(actor=a["key"]))["series"]
            key = quote(a["key"], safe="")
            return _render(
                request, "actor.html", actor=a, roles=roles,
                roles_chart=graphics.roles_svg(roles, until=volume[-1]["period"] if volume else None),
                volume_chart=graphics.quad_bars_svg(volume, link=lambda m: f"/events?actor={key}&month={m}"),
                quotes=q_graph.list_quotes(con, speaker=a, limit=50, date_from=dates[0], date_to=dates[1]),
                as_source=q_graph.list_events(con, q_graph.EventFilter(source=a, date_from=dates[0],
                                                                       date_to=dates[1]), limit=50),
                as_target=q_graph.list_events(con, q_graph.EventFilter(target=a, date_from=dates[0],
                                                                       date_to=dates[1]), limit=50),
                date_from=dates[0] or "", date_to=dates[1] or "",
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
            period = request.query_params.get("period") or None
            date_from, date_to = _dates(request)
            if (date_from or date_to) and not period:
                events = q_graph.list_events(con, q_graph.EventFilter(dyad=(actor_a, actor_b), date_from=date_from,
                                                                      date_to=date_to), limit=100)
            else:
                # one bar's events are those the series counts (negated ones left out); all otherwise
                events = q_dyads.dyad_events(con, actor_a, actor_b, period, interval, limit=100,
                                             negated=False if period else None)
            base = f"/dyad?{urlencode({'a': a, 'b': b, 'interval': interval})}"
            chart = graphics.quad_bars_svg([{"period": pt["period"], **pt["counts"]} for pt in series["series"]],
                                           link=lambda p: f"{base}&{urlencode({'period': p})}#events")
            return _render(request, "dyad.html", a=a, b=b, actor_a=actor_a, actor_b=actor_b, chart=chart,
                           series=series, interval=interval, events=events, top=None, period=period,
                           all_link=base, date_from=date_from or "", date_to=date_to or "")
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
            # the date form keeps every other filter as hidden fields
            keep = [(k, v) for k, v in p.multi_items() if k in EVENT_FILTERS and k not in ("date_from", "date_to") and v]
            return _render(request, "events.html", page=page, facets=facets, active=active,
                           facet_link=facet_link, drop_link=drop_link, nav=_pager(request, page),
                           api_query=api_query, keep=keep)
        finally:
            con.close()
