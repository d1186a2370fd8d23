"""Hostile input: SQL injection attempts are harmless, article markup is escaped, ingest needs the token."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from lagebild.api.app import create_app

PAYLOADS = ["' OR '1'='1", "x'; DROP TABLE events; --", "%", "_", "\\", "1) OR (1=1",
            "Robert'); DELETE FROM articles; --"]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("path,param", [
    ("/api/events", "actor"), ("/api/events", "place"), ("/api/events", "type"), ("/api/events", "q"),
    ("/api/search", "q"), ("/api/actors", "q"), ("/api/quotes", "speaker"), ("/api/quotes", "q"),
    ("/api/articles", "agency"), ("/api/events/facets", "actor"), ("/api/network", "actor"),
])
def test_sql_injection_in_query_parameters_is_harmless(client, shared_store, path, param, payload):
    before = shared_store.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles)").fetchone()
    r = client.get(path, params={param: payload})
    assert r.status_code in (200, 400, 422)  # 400: an unknown event type is refused by name
    body = r.json()
    if "total" in body:
        assert body["total"] == 0  # the payload is a literal value that matches nothing
    assert shared_store.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles)").fetchone() == before


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sql_injection_in_path_parameters_is_harmless(client, payload):
    assert client.get(f"/api/articles/{payload}").status_code == 404
    assert client.get("/api/actors/x", params={"q": payload}).status_code == 404


def test_article_markup_is_escaped_in_the_web_page(client):
    html = client.get("/article/art-markup").text
    assert "&lt;script&gt;alert(" in html and "&lt;b&gt;fett&lt;/b&gt;" in html
    assert "<script>alert(" not in html and "<b>fett</b>" not in html
    assert "Protest &lt;i&gt;in&lt;/i&gt; Hamburg" in html  # the title too


def test_markup_in_search_snippets_is_escaped(client):
    html = client.get("/", params={"q": "Plakat"}).text
    assert "&lt;script&gt;" in html and "<script>alert(" not in html


def test_ingest_is_refused_without_an_operator_token(client):
    r = client.post("/api/ingest", json={"articles": [{"text": "Ein Test."}]})
    assert r.status_code == 403
    assert "token" in r.json()["error"]["message"]


def test_ingest_is_refused_with_a_wrong_token(store):
    client = TestClient(create_app(store, token="s3cret"))
    r = client.post("/api/ingest", json={"articles": [{"text": "Ein Test."}]},
                    headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401


def test_ingest_with_the_token_adds_the_article(store):
    client = TestClient(create_app(store, token="s3cret"))
    text = "Die Bundesregierung hat am Mittwoch in Berlin einen neuen Haushalt beschlossen."
    r = client.post("/api/ingest", json={"articles": [{"text": text, "date": "2022-07-06"}], "process": False},
                    headers={"X-Lagebild-Token": "s3cret"})
    assert r.status_code == 200, r.text
    assert r.json()["ingest"]["added"] == 1
    assert client.get("/api/search", params={"q": "Haushalt"}).json()["total"] == 1


def test_ingest_reports_a_bad_date_as_a_problem(store):
    client = TestClient(create_app(store, token="s3cret"))
    r = client.post("/api/ingest", json={"articles": [{"text": "Ein Satz.", "date": "2022-13-45"}],
                                         "process": False}, headers={"Authorization": "Bearer s3cret"})
    body = r.json()
    assert r.status_code == 200 and body["ingest"]["added"] == 0 and body["ingest"]["problems"]


def test_ingest_keeps_the_articles_when_the_analysis_cannot_run(store, monkeypatch):
    import lagebild.jobs
    from lagebild.errors import LagebildError

    def broken(con, **kwargs):
        raise LagebildError("the model is missing")
    monkeypatch.setattr(lagebild.jobs, "process", broken)
    client = TestClient(create_app(store, token="s3cret"))
    r = client.post("/api/ingest", json={"articles": [{"text": "Der Bundestag hat getagt."}]},
                    headers={"Authorization": "Bearer s3cret"})
    body = r.json()
    assert r.status_code == 200 and body["ingest"]["added"] == 1
    assert body["process_error"] == "the model is missing"


def test_ingest_token_is_checked_before_the_body_is_read(store):
    client = TestClient(create_app(store, token="s3cret"))
    r = client.post("/api/ingest", content=b"{ not json at all", headers={
        "Authorization": "Bearer wrong", "Content-Type": "application/json"})
    assert r.status_code == 401  # not 422: the body was never parsed


def test_ingest_body_over_the_limit_is_refused_with_413(store):
    client = TestClient(create_app(store, token="s3cret"))
    r = client.post("/api/ingest", content=b"x" * 10, headers={
        "Authorization": "Bearer s3cret", "Content-Length": str(10 ** 9)})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"


@pytest.mark.parametrize("path", ["/", "/api/health", "/article/art-markup", "/api/openapi.json"])
@pytest.mark.parametrize("header,value", [
    ("x-frame-options", "DENY"), ("x-content-type-options", "nosniff")])
def test_responses_carry_security_headers(client, path, header, value):
    assert client.get(path).headers.get(header) == value


def test_csp_forbids_inline_scripts(client):
    csp = client.get("/").headers["content-security-policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src


@pytest.mark.parametrize("path", ["/", "/article/art-markup", "/events", "/actors"])
def test_pages_have_no_inline_executable_script(client, path):
    import re
    html = client.get(path).text
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag
