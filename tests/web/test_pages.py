"""Server-rendered pages answer without a browser: status, content and links."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from lagebild.api.app import create_app


@pytest.fixture()
def client(store):
    return TestClient(create_app(store))


@pytest.mark.parametrize("url", ["/", "/?window=2022-05", "/?window=2022&actor=Scholz&lang=en",
                                 "/?window=2022&dyad=Deutschland:Russland", "/?window=2022&type=ACCUSE",
                                 "/articles", "/articles?q=Kiew", "/articles?date_from=2022-06-01&date_to=2022-06-30",
                                 "/quotes", "/quotes?speaker=Scholz&type=Direct&window=2022-06", "/network",
                                 "/network?window=2022&type=AID&type=CONSULT", "/map", "/map?window=2022&actor=Scholz",
                                 "/events?date_from=2022-06-01&date_to=2022-06-30", "/?date_from=2022-05-15",
                                 "/network?date_to=2022-03-31", "/dyad?a=a-deutschland&b=a-russland&period=2022-06",
                                 "/actors", "/actor?key=a-scholz", "/dyad",
                                 "/dyad?a=a-deutschland&b=a-russland&interval=week", "/events",
                                 "/events?type=AID&negated=false", "/article/art-paris", "/api-docs"])
def test_page_renders(client, url):
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")


def test_unknown_article_page_is_a_404_page(client):
    r = client.get("/article/nope")
    assert r.status_code == 404 and "Kein Artikel" in r.text


def test_unknown_actor_page_is_a_404_page(client):
    assert client.get("/actor?key=Atlantis").status_code == 404


def test_article_page_shows_month_precision_of_the_date(client):
    html = client.get("/article/art-paris").text
    assert "2022-01" in html and "(month)" in html and "Dateline: Paris (AFP)" in html


def test_event_browser_shows_the_page_range(client):
    html = client.get("/events").text
    assert "1–12 of 12" in html


def test_event_facet_links_keep_other_filters(client):
    html = client.get("/events", params={"country": "UKR"}).text
    assert "?country=UKR&amp;type=AID" in html


def test_javascript_url_of_an_article_is_not_linked(store, client):
    store.execute("UPDATE articles SET url = 'javascript:alert(1)' WHERE id = 'art-markup'")
    assert "javascript:" not in client.get("/article/art-markup").text


def test_quote_in_parts_shows_a_gap_between_the_parts(store, client):
    """A quote interrupted by its frame ("Heute wurden nach Armeeangaben mindestens …") has two
    parts; the page must not glue them together ("wurdenmindestens")."""
    import json
    record = json.loads(store.execute(
        "SELECT record::VARCHAR FROM documents WHERE article_id = 'art-paris'").fetchone()[0])
    record["quotes"] = [{"type": "Indirect", "quote": [{"start": 0, "end": 4}, {"start": 5, "end": 9}],
                         "speaker": None, "cue": None, "frame": [], "addressee": None}]
    store.execute("UPDATE documents SET record = ? WHERE article_id = 'art-paris'", [json.dumps(record)])
    html = client.get("/article/art-paris").text
    assert "</q> … <q>" in html and "</q><q>" not in html


def test_home_is_the_report_of_the_latest_window(client):
    html = client.get("/").text
    assert "Lagebild: 2022-06" in html and "Wichtigste Entwicklungen" in html and "<svg" in html


def test_home_report_links_articles_inside_the_ui(client):
    assert 'href="/article/art-kiew"' in client.get("/?window=2022-06").text


def test_home_with_an_unknown_actor_says_so(client):
    r = client.get("/?actor=Atlantis")
    assert r.status_code == 400 and "Atlantis" in r.text


def test_old_search_links_go_to_the_article_search(client):
    r = client.get("/?q=Kiew", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/articles?q=Kiew"


def test_pages_keep_the_csp_without_inline_scripts(client):
    for url in ("/", "/network?window=2022", "/map?window=2022", "/quotes"):
        r = client.get(url)
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert "<script>" not in r.text and "onclick" not in r.text


def test_quotes_page_filters_by_window(client):
    assert "No quotes." in client.get("/quotes?window=2021").text


def test_event_list_offers_downloads_of_what_is_listed(client):
    html = client.get("/events", params={"type": "AID"}).text
    for fmt in ("csv", "json", "plover"):
        assert f"/api/events/export?type=AID&amp;format={fmt}" in html


def test_actor_page_lists_by_date_range(client):
    everything = client.get("/actor", params={"key": "a-scholz"}).text
    none = client.get("/actor", params={"key": "a-scholz", "date_from": "2023-01-01"}).text
    assert "CONSULT" in everything and "No events." in none and "No quotes." in none


def test_dyad_page_lists_by_date_range(client):
    june = client.get("/dyad", params={"a": "a-deutschland", "b": "a-russland", "date_from": "2022-06-01",
                                       "date_to": "2022-06-30"}).text
    assert "DISAPPROVE" in june and 'value="2022-06-01"' in june


def test_actors_page_lists_the_actors_of_a_date_range(client):
    may = client.get("/actors", params={"date_from": "2022-05-01", "date_to": "2022-05-31"}).text
    assert "Taking part in events 2022-05-01 – 2022-05-31" in may and "Russland" in may
    assert "Olaf Scholz" not in client.get("/actors", params={"date_from": "2030-01-01"}).text.split("Taking part")[1]
