"""Downloads of what a list shows: events as CSV, JSON or PLOVER, quotes as CSV or JSON (issue 16)."""

import csv
import io
import json


def test_events_csv_holds_the_filtered_events(client):
    r = client.get("/api/events/export", params={"type": "AID", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == client.get("/api/events", params={"type": "AID"}).json()["total"]
    assert {row["type"] for row in rows} == {"AID"}


def test_events_json_is_the_list_the_api_pages_through(client):
    items = client.get("/api/events/export", params={"date_from": "2022-06-01", "date_to": "2022-06-30",
                                                     "format": "json"}).json()
    page = client.get("/api/events", params={"date_from": "2022-06-01", "date_to": "2022-06-30",
                                             "limit": 500}).json()
    assert [e["id"] for e in items] == [e["id"] for e in page["items"]]


def test_events_plover_are_plover_records(client):
    r = client.get("/api/events/export", params={"type": "CONSULT", "format": "plover"})
    records = [json.loads(line) for line in r.text.splitlines()]
    assert records and all(rec["event"] == ["CONSULT"] and rec["date"] for rec in records)


def test_quotes_export_by_speaker_and_window(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/quotes/export", params={
        "speaker": "Scholz", "window": "2022", "format": "csv"}).text)))
    assert rows and all("Scholz" in row["speaker"] for row in rows)
    assert client.get("/api/quotes/export", params={"window": "2021", "format": "json"}).json() == []


def test_quotes_api_takes_a_date_range(client):
    everything = client.get("/api/quotes").json()["total"]
    none = client.get("/api/quotes", params={"date_to": "2021-12-31"}).json()["total"]
    assert everything > 0 and none == 0


def test_report_endpoint_gives_the_data_of_the_latest_window(client):
    data = client.get("/api/report").json()
    assert data["schema"] == "lagebild.report/1" and data["window"]["label"] == "2022-06"


def test_report_endpoint_downloads_each_format(client):
    for fmt, start in (("html", b"<!doctype html>"), ("md", b"# Lagebild"), ("pdf", b"%PDF")):
        r = client.get("/api/report", params={"window": "2022", "actor": "Scholz", "format": fmt})
        assert r.status_code == 200 and r.content.startswith(start)
        assert f'filename="lagebild-2022.{fmt}"' in r.headers["content-disposition"]


def test_report_endpoint_over_a_date_range_names_the_file_in_ascii(client):
    r = client.get("/api/report", params={"date_from": "2022-06-01", "date_to": "2022-06-30", "format": "md"})
    assert r.status_code == 200 and 'filename="lagebild-2022-06-01_2022-06-30.md"' in r.headers["content-disposition"]


def test_report_endpoint_names_an_unknown_actor(client):
    r = client.get("/api/report", params={"actor": "Atlantis"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "unknown_actor"


def test_quotes_by_the_speakers_country(client):
    german = client.get("/api/quotes", params={"country": "DEU", "limit": 500}).json()
    assert german["total"] > 0
    ids = {a["actor_id"] for a in client.get("/api/actors", params={"country": "DEU", "limit": 500}).json()["items"]}
    assert {q["speaker"]["actor_id"] for q in german["items"]} <= ids
    assert client.get("/api/quotes", params={"country": "ATA"}).json()["total"] == 0
