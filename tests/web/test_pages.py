"""Server-rendered pages answer without a browser: status, content and links."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from lagebild.api.app import create_app


@pytest.fixture()
def client(store):
    return TestClient(create_app(store))


@pytest.mark.parametrize("url", ["/", "/?q=Kiew", "/actors", "/actor?key=a-scholz", "/dyad",
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
