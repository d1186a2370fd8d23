"""Render a situation report (:func:`lagebild.report.build_report`) as Markdown, HTML or PDF.

German by default, English headings and labels with ``lang="en"``. HTML is one self-contained
file (styles and the timeline chart inline, no scripts); the chart is drawn by matplotlib. The
PDF is laid out with fpdf2 from the same text, with the chart as an image.
"""

from __future__ import annotations

import io
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

QUAD_COLOURS = {"verbal_cooperation": "#4c9f70", "material_cooperation": "#1f6f43",
                "verbal_conflict": "#e0a030", "material_conflict": "#c0392b"}

LABELS = {
    "de": {
        "title": "Lagebild", "focus": "Fokus", "window": "Zeitraum", "previous": "Vergleich mit",
        "corpus": "gesamtes Korpus", "events": "Ereignisse", "articles": "Artikel",
        "developments": "Wichtigste Entwicklungen", "changes": "Was sich verändert hat",
        "rising": "Häufiger berichtete Beziehungen", "falling": "Seltener berichtete Beziehungen",
        "new_actors": "Neue Akteure", "new_roles": "Neu gelernte Rollen", "quads": "Kooperation und Konflikt",
        "quotes": "Wer was gesagt hat", "timeline": "Zeitverlauf", "where": "Wo",
        "places": "Orte", "countries": "Länder", "none": "keine", "first_seen": "zuerst berichtet",
        "last_seen": "zuletzt", "reported_by": "berichtet von", "sources": "Quellen", "in": "in",
        "now": "jetzt", "before": "vorher", "quotes_n": "Zitate", "not_asserted": "angekündigt, gefordert, "
        "erwogen oder verneint",
        "verbal_cooperation": "verbale Kooperation", "material_cooperation": "materielle Kooperation",
        "verbal_conflict": "verbaler Konflikt", "material_conflict": "materieller Konflikt",
        "note": "Jede Aussage verweist auf die Artikel, auf denen sie beruht (Artikel-ID in Klammern).",
    },
    "en": {
        "title": "Situation report", "focus": "Focus", "window": "Window", "previous": "Compared with",
        "corpus": "whole corpus", "events": "events", "articles": "articles",
        "developments": "Key developments", "changes": "What changed",
        "rising": "Relations reported more often", "falling": "Relations reported less often",
        "new_actors": "New actors", "new_roles": "Roles learned", "quads": "Cooperation and conflict",
        "quotes": "Who said what", "timeline": "Timeline", "where": "Where",
        "places": "Places", "countries": "Countries", "none": "none", "first_seen": "first reported",
        "last_seen": "last", "reported_by": "reported by", "sources": "sources", "in": "in",
        "now": "now", "before": "before", "quotes_n": "quotes",
        "not_asserted": "announced, demanded, considered or denied",
        "verbal_cooperation": "verbal cooperation", "material_cooperation": "material cooperation",
        "verbal_conflict": "verbal conflict", "material_conflict": "material conflict",
        "note": "Every statement points to the articles it rests on (article id in brackets).",
    },
}


def labels(lang: str) -> dict:
    """The label set of a language (``de`` or ``en``)."""
    if lang not in LABELS:
        raise ValueError(f"report language must be one of {', '.join(LABELS)}")
    return LABELS[lang]


def headline(dev: dict) -> str:
    """One line for a development: type, who, whom, where, when."""
    who = ", ".join(dev["sources"]) or "?"
    whom = ", ".join(dev["targets"])
    place = f" ({', '.join(dev['places'])})" if dev["places"] else ""
    return f"{dev['type']}: {who}{' → ' + whom if whom else ''}{place}, {dev['date'] or '?'}"


def chart(report: dict, fmt: str = "svg") -> bytes | None:
    """The timeline as a stacked bar chart (SVG or PNG bytes), or None without dated events.

    Any ``{"timeline": {"series": [{"period": ..., <quad name>: n, ...}]}}`` will do: the web UI
    draws the monthly volume of a focus (:func:`lagebild.report.volume`) with it too.
    """
    series = report["timeline"]["series"]
    if not series:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "lagebild"  # stable element ids: same report, same bytes
    matplotlib.rcParams["svg.fonttype"] = "none"  # as lagebild.web.graphics sets it: text stays text

    periods = [row["period"] for row in series]
    fig, ax = plt.subplots(figsize=(8, 2.6), dpi=100)
    bottom = [0] * len(series)
    for quad, colour in QUAD_COLOURS.items():
        values = [row[quad] for row in series]
        ax.bar(range(len(series)), values, bottom=bottom, color=colour, label=quad.replace("_", " "))
        bottom = [b + v for b, v in zip(bottom, values)]
    step = max(1, len(periods) // 10)
    ax.set_xticks(range(0, len(periods), step), [periods[i][-5:] for i in range(0, len(periods), step)],
                  fontsize=7)
    ax.tick_params(axis="y", labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=6, frameon=False, ncol=4, loc="upper left")
    fig.tight_layout()
    buf = io.BytesIO()
    # no timestamps or random ids in the file: the same report gives the same bytes
    fig.savefig(buf, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})
    plt.close(fig)
    return buf.getvalue()


def to_markdown(report: dict, lang: str = "de") -> str:
    """The report as Markdown."""
    return _env().get_template("report.md.j2").render(r=report, L=labels(lang), headline=headline)


def inline_svg(svg: bytes | None) -> str | None:
    """matplotlib's SVG file as an element to put into a page (no XML prolog, no doctype)."""
    if not svg:
        return None
    text = svg.decode("utf-8")
    return text[text.index("<svg"):]


def html_context(report: dict, lang: str = "de") -> dict:
    """What the HTML report templates need; the web UI renders the same body with it."""
    return {"r": report, "L": labels(lang), "headline": headline, "chart": inline_svg(chart(report, "svg")),
            "colours": QUAD_COLOURS, "lang": lang}


def to_html(report: dict, lang: str = "de") -> str:
    """The report as one self-contained HTML page."""
    # the standalone file carries its own map; the web UI's home page draws one beside the body
    return _env(html=True).get_template("report.html.j2").render(**html_context(report, lang),
                                                                  report_map=world_map(report))


def world_map(report: dict) -> str | None:
    """The map of the report's countries and places as inline SVG without links (the file stands
    alone); None when the map's boundary file is not installed or no event has a country."""
    import re

    from ..web.graphics import MapDataMissing, world_map_svg

    countries = {c["country"]: c["events"] for c in report["where"]["countries"] if c["country"]}
    if not countries:
        return None
    import numpy as np

    try:
        # adjustText nudges labels with numpy's random numbers: seeded, the same report gives
        # the same bytes
        np.random.seed(0)
        svg = world_map_svg(countries, report["where"]["places"])
    except MapDataMissing:
        return None
    return re.sub(r"</?a\b[^>]*>", "", svg)


def to_pdf(report: dict, lang: str = "de") -> bytes:
    """The report as PDF: the Markdown text laid out by fpdf2, with the chart as an image."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    import datetime as dt
    # the window's last day, not the clock: the same report gives the same file
    pdf.set_creation_date(dt.datetime.fromisoformat(report["window"]["to"]).replace(tzinfo=dt.timezone.utc))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    font = _unicode_font()
    if font:
        pdf.add_font("body", fname=str(font))
        pdf.add_font("body", style="B", fname=str(font))
        family = "body"
    else:
        family = "helvetica"
    png = chart(report, "png")
    for line in to_markdown(report, lang).splitlines():
        text = line if font else line.encode("latin-1", "replace").decode("latin-1")
        pdf.set_x(pdf.l_margin)
        if line.startswith("# "):
            pdf.set_font(family, "B", 16)
            pdf.multi_cell(0, 9, text[2:])
        elif line.startswith("## "):
            pdf.ln(2)
            pdf.set_font(family, "B", 13)
            pdf.multi_cell(0, 7, text[3:])
            if png and line[3:] == labels(lang)["timeline"]:
                pdf.image(io.BytesIO(png), x=pdf.l_margin, w=180)
        elif line.startswith("### "):
            pdf.set_font(family, "B", 11)
            pdf.multi_cell(0, 6, text[4:])
        elif line.strip():
            pdf.set_font(family, "", 9)
            pdf.multi_cell(0, 5, text.replace("**", ""))
    return bytes(pdf.output())


def _unicode_font() -> Path | None:
    """A TrueType font with German and other letters, from matplotlib (always installed with it)."""
    try:
        import matplotlib
    except ImportError:
        return None
    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    return path if path.exists() else None


def _env(html: bool = False) -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                       autoescape=select_autoescape(["html"]) if html else False,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def render(report: dict, fmt: str, lang: str = "de") -> bytes:
    """The report in ``fmt`` (``md``, ``html``, ``pdf``) as bytes."""
    if fmt == "md":
        return to_markdown(report, lang).encode("utf-8")
    if fmt == "html":
        return to_html(report, lang).encode("utf-8")
    if fmt == "pdf":
        return to_pdf(report, lang)
    raise ValueError(f"report format must be html, md or pdf, not {fmt!r}")
