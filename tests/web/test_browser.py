"""The web UI in headless Chromium: every page loads without a console error, shows what it should,
and highlights, chart points and network nodes answer a click.

Needs ``/usr/bin/chromium`` (Debian package; ``make browser`` installs it) and the Playwright
Python package; never ``playwright install``. Screenshots go to ``tests/screenshots/``
(git-ignored) and are checked not to be blank.
"""

from __future__ import annotations

import shutil
import socket
import struct
import threading
import time
import zlib
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ink_ratio(png: bytes) -> float:
    """Share of non-zero bytes in the filtered image data of a PNG.

    A blank (one-colour) page filters to almost only zeros, so this separates a rendered page
    from an empty one without an image library.
    """
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IDAT":
            idat += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    return sum(1 for b in raw if b) / len(raw)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A uvicorn server on 127.0.0.1 and a free port over a file store with the sample articles."""
    uvicorn = pytest.importorskip("uvicorn")
    from lagebild.api.app import create_app
    from lagebild.api.sample import load_sample
    from lagebild.store.db import open_db
    path = tmp_path_factory.mktemp("web") / "sample.duckdb"
    con = open_db(path)
    load_sample(con)
    con.close()
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db=path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"{CHROMIUM} is absent: run `make browser` (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # a console error (a blocked script, a missing file, a CSP violation) counts as a failure too
    pg.on("console", lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None)
    pg.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    pg.js_errors = errors
    yield pg
    ctx.close()


def shot(pg, name: str) -> bytes:
    SHOTS.mkdir(exist_ok=True)
    png = pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert ink_ratio(png) > 0.01, f"screenshot {name} looks blank"
    return png


def test_blank_page_is_recognised_as_blank(page):
    page.set_content("<html><body style='background:#fff'></body></html>")
    assert ink_ratio(page.screenshot()) < 0.01


def test_home_shows_the_report_of_the_latest_window(page, server):
    page.goto(server + "/")
    assert page.locator("#report h1").inner_text() == "Lagebild: 2022-06"
    assert page.locator("#report .dev").count() == 2  # CONSULT and DISAPPROVE; the future AID is no development
    assert page.locator("#report svg").count() == 3  # the window's timeline, its map, the monthly volume
    assert page.locator("#home-map svg g#country-RUS").count() == 1
    assert page.locator("#report-picker select[name=window] option").count() >= 3
    shot(page, "home")
    assert not page.js_errors


def test_window_picker_opens_the_report_of_another_window(page, server):
    page.goto(server + "/")
    page.select_option("#report-picker select[name=window]", "2022-05")
    page.locator("#report-picker button").click()
    page.wait_for_url("**window=2022-05**")
    assert page.locator("#report h1").inner_text() == "Lagebild: 2022-05"
    assert "ASSAULT" in page.locator("#report").inner_text()
    assert not page.js_errors


def test_report_with_an_actor_focus_links_its_articles(page, server):
    page.goto(server + "/?window=2022&actor=Scholz&lang=en")
    assert page.locator("#report h1").inner_text() == "Situation report: 2022"
    page.locator("#report blockquote a").first.click()
    page.wait_for_url("**/article/**")
    assert page.locator("#article-text").count() == 1
    assert not page.js_errors


def test_home_month_bar_opens_that_months_report(page, server):
    page.goto(server + "/")
    page.locator('#volume-chart svg g[id="bar-material_conflict-2022-05"] a').first.click()
    page.wait_for_url("**window=2022-05**")
    assert page.locator("#report h1").inner_text() == "Lagebild: 2022-05"
    assert not page.js_errors


def test_home_downloads_the_report_it_shows(page, server):
    page.goto(server + "/?window=2022-06")
    assert [a.inner_text() for a in page.locator("#report .downloads a").all()] == ["HTML", "MD", "PDF", "JSON"]
    with page.expect_download() as dl:
        page.locator("#report .downloads a", has_text="PDF").click()
    assert Path(dl.value.path()).read_bytes().startswith(b"%PDF")
    assert dl.value.suggested_filename == "lagebild-2022-06.pdf"


def test_report_file_renders_in_the_browser(page, tmp_path):
    """The self-contained HTML file `lagebild report` writes: headings, the chart, no errors."""
    from lagebild.api.sample import load_sample
    from lagebild.report import build_report, parse_window
    from lagebild.report.render import render
    from lagebild.store.db import open_db
    con = open_db(":memory:")
    load_sample(con)
    path = tmp_path / "report.html"
    path.write_bytes(render(build_report(con, parse_window("2022")), "html"))
    page.goto(path.as_uri())
    assert page.locator("h1").inner_text() == "Lagebild: 2022"
    headings = page.locator("h2").all_inner_texts()
    assert headings[:2] == ["Wichtigste Entwicklungen", "Zeitverlauf"] and "Wer was gesagt hat" in headings
    assert page.locator("svg").count() == 2 and page.locator("blockquote").count() >= 3  # timeline and map
    shot(page, "report_file")
    assert not page.js_errors


def test_articles_page_lists_articles(page, server):
    page.goto(server + "/articles")
    assert page.locator("table.articles tbody tr").count() == 5
    shot(page, "articles")
    assert not page.js_errors


def test_article_click_on_entity_shows_actor(page, server):
    page.goto(server + "/article/art-kiew")
    page.locator("#article-text [data-ann]", has_text="Olaf Scholz").first.click()
    panel = page.locator("#ann-panel")
    panel.wait_for(state="visible")
    assert "DEUGOV" in panel.inner_text() and "Olaf Scholz" in panel.inner_text()
    shot(page, "article_entity")
    assert not page.js_errors


def test_article_click_on_timex_shows_the_normalised_value(page, server):
    page.goto(server + "/article/art-kiew")
    page.locator("#article-text .hl-tx").first.click()
    assert "2022-06-13" in page.locator("#ann-panel").inner_text()


def test_article_click_on_trigger_shows_the_event_tuple(page, server):
    page.goto(server + "/article/art-kiew")
    page.locator("#article-text .hl-event", has_text="getroffen").click()
    text = page.locator("#ann-panel").inner_text()
    assert "CONSULT" in text and "Wolodymyr Selenskyj" in text and "Kiew" in text


def test_article_markup_is_shown_as_text_and_never_runs(page, server):
    page.goto(server + "/article/art-markup")
    assert "<script>alert('x')</script>" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text b").count() == 0
    shot(page, "article_markup")
    assert not page.js_errors  # no alert dialog


def test_actor_page_chart_bar_opens_its_events(page, server):
    page.goto(server + "/actor?key=a-scholz")
    assert "Bundeskanzler" in page.locator("table.roles").inner_text()
    bar = page.locator('#timeline svg g[id="bar-verbal_cooperation-2022-01"] a')
    assert bar.count() == 1
    shot(page, "actor")
    bar.first.click()
    page.wait_for_url("**/events?actor=**month=2022-01")
    assert "CONSULT" in page.locator("table.events").inner_text()
    assert not page.js_errors


def test_dyad_chart_bar_lists_the_events_behind_it(page, server):
    page.goto(server + "/dyad?a=a-deutschland&b=a-russland")
    page.locator('#dyad-chart svg g[id="bar-verbal_conflict-2022-06"] a').first.click()
    page.wait_for_url("**period=2022-06**")
    assert "Events of 2022-06" in page.locator("h2#events").inner_text()
    assert "DISAPPROVE" in page.locator("table.events").inner_text()
    shot(page, "dyad")
    assert not page.js_errors


def test_event_browser_facets_dates_and_downloads(page, server):
    page.goto(server + "/events")
    assert page.locator("table.events tbody tr").count() == 12
    shot(page, "events")
    page.locator('ul.facet[data-facet="type"] a', has_text="AID").click()
    page.wait_for_load_state()
    assert page.locator("table.events tbody tr").count() == 2
    page.fill("#event-dates input[name=date_from]", "2022-06-01")
    page.fill("#event-dates input[name=date_to]", "2022-06-30")
    page.locator("#event-dates button").click()
    page.wait_for_url("**date_from=2022-06-01**")
    assert "type=AID" in page.url  # the other filters stay
    assert page.locator("table.events tbody tr").count() == 1
    links = page.locator(".downloads a")
    assert [a.inner_text() for a in links.all()] == ["CSV", "JSON", "PLOVER"]
    with page.expect_download() as dl:
        page.locator(".downloads a", has_text="CSV").click()
    rows = Path(dl.value.path()).read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and rows[0].startswith("id,date,type") and "AID" in rows[1]
    with page.expect_download() as dl:
        page.locator(".downloads a", has_text="PLOVER").click()
    import json
    record = json.loads(Path(dl.value.path()).read_text(encoding="utf-8").splitlines()[0])
    assert record["event"] == ["AID"] and record["date"].startswith("2022-06")
    assert not page.js_errors


def test_network_shows_actors_and_filters_by_type(page, server):
    page.goto(server + "/network?window=2022")
    net = page.locator("#network svg")
    assert net.count() == 1
    labels = page.locator("#network svg text").all_text_contents()
    assert {"Russland", "Deutschland", "Olaf Scholz"} <= {t.strip() for t in labels}
    shot(page, "network")
    page.locator("#window-picker input[value=AID]").check()
    page.locator("#window-picker button").click()
    page.wait_for_url("**type=AID**")
    labels = {t.strip() for t in page.locator("#network svg text").all_text_contents()}
    assert "Russland" not in labels and labels  # Russia only took part in conflict events
    assert not page.js_errors


def test_network_labels_do_not_overlap(page, server):
    page.goto(server + "/network?window=2022")
    boxes = [b for b in (t.bounding_box() for t in page.locator("#network svg g[id^=node-] text").all()) if b]
    assert len(boxes) >= 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            overlap_x = min(a["x"] + a["width"], b["x"] + b["width"]) - max(a["x"], b["x"])
            overlap_y = min(a["y"] + a["height"], b["y"] + b["height"]) - max(a["y"], b["y"])
            assert overlap_x <= 1 or overlap_y <= 1, "two network labels overlap"


def test_network_node_click_opens_the_actor(page, server):
    page.goto(server + "/network?window=2022")
    page.locator("#network svg g#node-russland a").first.click()
    page.wait_for_url("**/actor?key=Russland")
    assert page.locator("h1").inner_text() == "Russland"


def test_map_shades_countries_and_marks_places(page, server):
    page.goto(server + "/map?window=2022")
    svg = page.locator("#map svg")
    assert svg.count() == 1, page.locator("main").inner_text()[:500]
    assert page.locator("#map svg g[id^=country-]").count() >= 3  # DEU, UKR, RUS at least
    assert page.locator("#map svg g#country-UKR").count() == 1
    assert "Kiew" in page.locator("#map-places").inner_text()
    shot(page, "map")
    # a place dot lies over the country: send the click to the country's own link
    page.locator("#map svg g#country-UKR a").first.dispatch_event("click")
    page.wait_for_url("**/events?country=UKR**")
    assert page.locator("table.events tbody tr").count() >= 1
    assert not page.js_errors


def test_quote_browser_filters_by_speaker_window_and_type(page, server):
    page.goto(server + "/quotes")
    total = page.locator("table.quotes tbody tr").count()
    assert total >= 3
    shot(page, "quotes")
    page.fill("#quote-filters input[name=speaker]", "Scholz")
    page.locator("#quote-filters button").click()
    page.wait_for_url("**speaker=Scholz**")
    speakers = page.locator("table.quotes tbody tr td:nth-child(2)").all_inner_texts()
    assert speakers and all("Scholz" in s for s in speakers)
    page.fill("#quote-filters input[name=speaker]", "")
    page.fill("#quote-filters input[name=country]", "DEU")
    page.locator("#quote-filters button").click()
    page.wait_for_url("**country=DEU**")
    assert page.locator("table.quotes tbody tr").count() >= 1
    page.select_option("#quote-filters select[name=type]", "Direct")
    page.locator("#quote-filters button").click()
    page.wait_for_url("**type=Direct**")
    assert all(t == "Direct" for t in page.locator("table.quotes tbody tr td:nth-child(3)").all_inner_texts())
    assert not page.js_errors


def test_api_reference_page_renders_offline(page, server):
    page.goto(server + "/api-docs")
    assert page.locator("section.endpoint").count() >= 15
    shot(page, "api_docs")


def test_actor_roles_are_drawn_as_bars(page, server):
    page.goto(server + "/actor?key=a-scholz")
    assert page.locator("#roles-chart svg g[id^=role-]").count() == 2
    shot(page, "actor_roles")
