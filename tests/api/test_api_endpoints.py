"""The HTTP API over the sample store: one behaviour per test."""

from __future__ import annotations

import pytest



def test_lists_are_paginated_with_totals(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 5
    assert (first["limit"], first["offset"], len(first["items"])) == (2, 0, 2)
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_article_carries_all_annotations_of_its_record(client):
    art = client.get("/api/articles/art-kiew").json()
    rec = art["record"]
    assert art["text"] == rec["text"]
    assert rec["entities"] and rec["timexes"] and rec["quotes"] and rec["events"]
    assert art["date_precision"] == "day" and art["dateline_place"] == "Kiew"


def test_unknown_article_is_a_json_404(client):
    r = client.get("/api/articles/nope")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"


def test_invalid_parameter_is_a_json_422_with_a_message(client):
    r = client.get("/api/events", params={"limit": 0})
    assert r.status_code == 422
    assert "limit" in r.json()["error"]["message"]


def test_actor_profile_has_roles_with_where_they_were_learned(client):
    body = client.get("/api/actors/a-baerbock").json()
    role = body["roles"][0]
    assert role["role"] == "Außenministerin" and role["origin"] == "learned"
    assert role["article_id"] == "art-sanktionen" and role["evidence"] == "Außenministerin Annalena Baerbock"


def test_actor_can_be_addressed_by_name(client):
    assert client.get("/api/actors/Olaf Scholz").json()["actor"]["actor_id"] == "a-scholz"


def test_actor_timeline_counts_events_as_source_and_quotes_per_month(client):
    series = client.get("/api/actors/a-scholz/timeline").json()["series"]
    june = next(p for p in series if p["period"] == "2022-06")
    assert june["as_source"] == 1 and june["quotes"] == 1


def test_actor_events_split_by_role(client):
    src = client.get("/api/actors/a-russland/events", params={"role": "source"}).json()
    tgt = client.get("/api/actors/a-russland/events", params={"role": "target"}).json()
    assert {e["type"] for e in src["items"]} == {"DISAPPROVE", "ASSAULT"}
    assert all(any(p["name"] == "Russland" for p in e["target"]) for e in tgt["items"])


def test_quotes_by_speaker(client):
    items = client.get("/api/quotes", params={"speaker": "a-selenskyj"}).json()["items"]
    assert [q["text"] for q in items] == ["mehr Waffen"]


@pytest.mark.parametrize("params,expected", [
    ({"type": "AID"}, 2),
    ({"negated": "true"}, 1),
    ({"modality": "hypothetical"}, 1),
    ({"place": "kiew"}, 1),
    ({"date_from": "2022-05-01", "date_to": "2022-05-31"}, 3),
    ({"actor": "a-scholz"}, 3),
    ({"quad": 4}, 2),
    ({"country": "FRA"}, 4),
])
def test_event_filters(client, params, expected):
    assert client.get("/api/events", params=params).json()["total"] == expected


def test_month_precision_events_overlap_a_range_inside_their_month(client):
    body = client.get("/api/events", params={"date_from": "2022-01-20", "date_to": "2022-01-31"}).json()
    assert body["total"] == 3 and {e["date"] for e in body["items"]} == {"2022-01"}


def test_event_facets_count_types_and_months(client):
    facets = client.get("/api/events/facets").json()
    assert {"type", "actor", "country", "month", "negated", "modality"} <= set(facets)
    assert {"value": "2022-01", "count": 3} in facets["month"]


def test_network_edges_join_actors_with_cooperation_and_conflict(client):
    net = client.get("/api/network").json()
    edge = next(e for e in net["edges"] if e["source"] == "Russland" and e["target"] == "Ukraine")
    assert edge["conflict"] == 1 and {n["id"] for n in net["nodes"]} >= {"Russland", "Ukraine"}


def test_dyad_series_counts_quad_classes_per_month_in_both_directions(client):
    body = client.get("/api/dyads/series", params={"a": "a-deutschland", "b": "a-russland",
                                                     "include_negated": "true"}).json()
    series = {p["period"]: p for p in body["series"]}
    assert series["2022-03"]["counts"] == {"verbal_cooperation": 1}  # Deutschland -> Russland
    assert series["2022-06"]["counts"] == {"verbal_conflict": 1}     # Russland -> Deutschland


def test_dyad_series_leaves_out_negated_events(client):
    body = client.get("/api/dyads/series", params={"a": "a-deutschland", "b": "a-russland"}).json()
    assert [p["period"] for p in body["series"]] == ["2022-06"]  # "keine Einigung" is no cooperation


def test_dyad_series_by_week(client):
    body = client.get("/api/dyads/series", params={"a": "a-deutschland", "b": "a-russland",
                                                     "interval": "week", "by": "type",
                                                     "include_negated": "true"}).json()
    assert [p["period"] for p in body["series"]] == ["2022-W10", "2022-W24"]


def test_dyad_events_behind_one_point(client):
    body = client.get("/api/dyads/events", params={"a": "a-deutschland", "b": "a-russland",
                                                     "period": "2022-06"}).json()
    assert [e["type"] for e in body["items"]] == ["DISAPPROVE"]


def test_search_needs_every_word_case_insensitively(client):
    assert client.get("/api/search", params={"q": "SCHOLZ kiew"}).json()["total"] == 1
    assert client.get("/api/search", params={"q": "Scholz"}).json()["total"] == 2


def test_search_snippet_marks_the_hit(client):
    item = client.get("/api/search", params={"q": "Gewerkschaft"}).json()["items"][0]
    assert item["snippet"]["match"] == "Gewerkschaft"


def test_openapi_document_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/actors/{key}/timeline", "/api/dyads/series", "/api/search",
            "/api/ingest"} <= set(paths)


def test_api_reference_page_needs_no_cdn(client):
    html = client.get("/api-docs").text
    assert "/api/dyads/series" in html and "cdn" not in html.lower()
    assert client.get("/docs").status_code == 404  # FastAPI's page would load scripts from a CDN
