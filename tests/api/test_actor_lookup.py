"""One resolver for actor keys, and the same key finding the same actor in the CLI, API and web UI.

The store holds one invented German article whose entities are linked by the shipped KB (as
``lb_actors`` links them), with an event, a quote and an event between Israel's government and
the Gaza Strip, written with the store writer so the test checks lookups, not the analysis.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from lagebild.api.app import create_app
from lagebild.article import Article
from lagebild.cli import main
from lagebild.kb.lookup import default_kb
from lagebild.kb.store import seed_kb
from lagebild.store.db import open_db
from lagebild.store.queries.actors import UnknownActor, require_actor, resolve_actor
from lagebild.store.writer import insert_article, write_record

DATE = "2015-07-14"
TEXT = ("Bundeskanzlerin Angela Merkel hat am Dienstag in Berlin Benjamin Netanjahu empfangen. "
        "„Wir stehen an der Seite Israels“, sagte Merkel. Die israelische Regierung kritisierte "
        "zugleich die Raketenangriffe aus dem Gazastreifen.")
ENTITIES = [("Angela Merkel", "PER"), ("Berlin", "LOC"), ("Benjamin Netanjahu", "PER"), ("Israels", "LOC"),
            ("Merkel", "PER"), ("israelische Regierung", "ORG"), ("Gazastreifen", "LOC")]

MERKEL_KEYS = ["Merkel", "Angela Merkel", "angela merkel", "Merkels", "per:angela-merkel"]


def _span(needle: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(needle, after)
    return start, start + len(needle)


def _party(text: str, label: str) -> dict:
    actor = default_kb().resolve(text, label, DATE).actor
    return {"name": actor["name"], "actor_code": actor["actor_code"], "country": actor["country"],
            "actor_id": actor["actor_id"]}


def _event(typ: str, source: tuple, target: tuple, trigger: str) -> dict:
    s, e = _span(trigger)
    return {"type": typ, "mode": None, "context": [], "negated": False, "modality": "asserted",
            "source": [_party(*source)], "target": [_party(*target)], "date": DATE, "location": None,
            "trigger": {"start": s, "end": e, "text": trigger}, "evidence": {"start": 0, "end": len(TEXT)},
            "attributed_to": None}


def _record(article: Article) -> dict:
    entities, after = [], 0
    for text, label in ENTITIES:
        s, e = _span(text, after)
        after = s + 1 if text == "Angela Merkel" else 0
        actor = default_kb().resolve(text, label, DATE).actor
        entities.append({"start": s, "end": e, "text": text, "label": label, **actor})
    qs, qe = _span("„Wir stehen an der Seite Israels“")
    ss, se = _span("Merkel.", 20)
    cs, ce = _span("sagte")
    quote = {"type": "Direct", "quote": [{"start": qs, "end": qe}],
             "speaker": {"start": ss, "end": se - 1, "text": "Merkel", "actor_id": "per:angela-merkel",
                         "name": "Angela Merkel"},
             "cue": {"start": cs, "end": ce, "text": "sagte"}, "addressee": None}
    return {"schema": "lagebild.document/1", "id": article.id, "date": DATE, "date_precision": "day",
            "dateline": None, "title": None, "url": None, "source": None, "text": TEXT,
            "sentences": [], "entities": entities, "timexes": [], "quotes": [quote],
            "events": [_event("CONSULT", ("Angela Merkel", "PER"), ("Benjamin Netanjahu", "PER"), "empfangen"),
                       _event("DISAPPROVE", ("israelische Regierung", "ORG"), ("Gazastreifen", "LOC"),
                              "kritisierte")]}


def _fill(con) -> None:
    article = Article(text=TEXT, id="merkel-netanjahu", date=DATE, date_precision="day")
    insert_article(con, article)
    write_record(con, _record(article))
    seed_kb(con)


@pytest.fixture(scope="module")
def db_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("lookup") / "lookup.duckdb"
    con = open_db(path)
    _fill(con)
    con.close()
    return str(path)


@pytest.fixture(scope="module")
def con(db_file):
    c = open_db(db_file, read_only=True)
    yield c
    c.close()


@pytest.fixture(scope="module")
def client(con):
    return TestClient(create_app(con))


def cli(*args):
    return CliRunner().invoke(main, list(args))


# --- the library ------------------------------------------------------------------------------

@pytest.mark.parametrize("key,actor_id", [(k, "per:angela-merkel") for k in MERKEL_KEYS] + [
    ("Netanjahu", "per:benjamin-netanjahu"),   # a surname
    ("Israel", "cty:ISR"), ("Israels", "cty:ISR"), ("ISR", "cty:ISR"),   # a name, its genitive, a code
    ("ISRGOV", "ISRGOV"), ("israelische Regierung", "ISRGOV"),          # a sector code and its words
    ("Gazastreifen", "cty:PSE"),                                         # a place of the KB
    ("Berlin", "plc:DEU:berlin"),
])
def test_resolver_finds_the_actor(con, key, actor_id):
    assert resolve_actor(con, key)["actor_id"] == actor_id


@pytest.mark.parametrize("key", ["Merkl", "Angela Merkle"])
def test_resolver_miss_suggests_the_closest_name(con, key):
    with pytest.raises(UnknownActor) as err:
        require_actor(con, key)
    assert "Angela Merkel" in err.value.suggestions and "did you mean" in str(err.value)


@pytest.mark.parametrize("key", ["Merkl", "Merkell", "Angela Merkle"])
def test_misspelt_surname_is_suggested_before_similar_short_names(con, key):
    # the KB's companies ("Maersk", "Merck KGaA") are names of the store too; the surname's own word is closer
    with pytest.raises(UnknownActor) as err:
        require_actor(con, key)
    assert err.value.suggestions[0] == "Angela Merkel"


def test_country_code_stands_for_every_actor_of_the_country(con):
    assert resolve_actor(con, "ISR")["countries"] == ["ISR"]


# --- the command line -------------------------------------------------------------------------

@pytest.mark.parametrize("key", MERKEL_KEYS)
def test_cli_events_finds_merkel_by_every_key(db_file, key):
    result = cli("events", "--db", db_file, "--actor", key, "--format", "json")
    assert [json.loads(line)["type"] for line in result.stdout.splitlines()] == ["CONSULT"], result.output


@pytest.mark.parametrize("key", MERKEL_KEYS)
def test_cli_query_events_finds_merkel_by_every_key(db_file, key):
    page = json.loads(cli("query", "events", "--db", db_file, "--actor", key, "--format", "json").stdout)
    assert [e["type"] for e in page["items"]] == ["CONSULT"]


@pytest.mark.parametrize("key", MERKEL_KEYS)
def test_cli_quotes_finds_merkel_by_every_key(db_file, key):
    rows = json.loads(cli("quotes", "--db", db_file, "--speaker", key, "--format", "json").stdout)
    assert [r["speaker_name"] for r in rows] == ["Angela Merkel"]


@pytest.mark.parametrize("key", MERKEL_KEYS)
def test_cli_query_quotes_finds_merkel_by_every_key(db_file, key):
    page = json.loads(cli("query", "quotes", "--db", db_file, "--speaker", key, "--format", "json").stdout)
    assert page["total"] == 1


@pytest.mark.parametrize("a,b", [("ISR", "Gazastreifen"), ("ISRGOV", "Gazastreifen"),
                                 ("israelische Regierung", "PSE")])
def test_cli_dyads_takes_codes_and_places(db_file, a, b):
    series = json.loads(cli("query", "dyads", "--db", db_file, "--a", a, "--b", b, "--format", "json").stdout)
    assert [p["total"] for p in series["series"]] == [1]


@pytest.mark.parametrize("args", [["events", "--actor", "Merkl"], ["quotes", "--speaker", "Merkl"],
                                  ["query", "events", "--actor", "Merkl"], ["query", "quotes", "--speaker", "Merkl"],
                                  ["query", "dyads", "--a", "Merkl", "--b", "ISR"]])
def test_cli_unknown_actor_says_did_you_mean(db_file, args):
    result = cli(*args, "--db", db_file)
    assert result.exit_code == 1 and "did you mean 'Angela Merkel'" in result.output, result.output


@pytest.mark.parametrize("key,shown", [("Merkel", "per:angela-merkel"), ("ISRGOV", "[ISRGOV]"),
                                       ("Merkl", "did you mean 'Angela Merkel'")])
def test_cli_actors_show_uses_the_same_resolver(tmp_path, key, shown):
    # its own file: `actors show` opens the store for writing (it seeds the KB), which the
    # module's read-only connections would block
    path = tmp_path / "own.duckdb"
    c = open_db(path)
    _fill(c)
    c.close()
    assert shown in cli("actors", "show", key, "--db", str(path)).output


# --- the HTTP API -----------------------------------------------------------------------------

@pytest.mark.parametrize("key", MERKEL_KEYS)
def test_api_quotes_finds_merkel_by_every_key(client, key):
    assert client.get("/api/quotes", params={"speaker": key}).json()["total"] == 1


@pytest.mark.parametrize("key", MERKEL_KEYS)
def test_api_events_finds_merkel_by_every_key(client, key):
    body = client.get("/api/events", params={"actor": key}).json()
    assert [e["type"] for e in body["items"]] == ["CONSULT"]


@pytest.mark.parametrize("key", MERKEL_KEYS)
def test_api_actor_page_resolves_every_key(client, key):
    assert client.get(f"/api/actors/{key}").json()["actor"]["actor_id"] == "per:angela-merkel"


@pytest.mark.parametrize("a,b", [("ISR", "Gazastreifen"), ("ISRGOV", "Gazastreifen")])
def test_api_dyad_series_takes_codes_and_places(client, a, b):
    body = client.get("/api/dyads/series", params={"a": a, "b": b}).json()
    assert [p["total"] for p in body["series"]] == [1]


@pytest.mark.parametrize("path,params,status", [
    ("/api/quotes", {"speaker": "Merkl"}, 422), ("/api/events", {"actor": "Merkl"}, 422),
    ("/api/actors/Merkl", {}, 404),
])
def test_api_unknown_actor_answers_with_did_you_mean(client, path, params, status):
    r = client.get(path, params=params)
    body = r.json()["error"]
    assert (r.status_code, body["code"], body["detail"]["did_you_mean"][0]) == (status, "unknown_actor",
                                                                                 "Angela Merkel")


# --- the web UI -------------------------------------------------------------------------------

@pytest.mark.parametrize("key", MERKEL_KEYS)
def test_web_events_page_finds_merkel_by_every_key(client, key):
    html = client.get("/events", params={"actor": key}).text
    assert "CONSULT" in html and "DISAPPROVE" not in html


@pytest.mark.parametrize("key", MERKEL_KEYS)
def test_web_actor_page_resolves_every_key(client, key):
    r = client.get("/actor", params={"key": key})
    assert r.status_code == 200 and "per:angela-merkel" in r.text


def test_web_dyad_page_takes_a_code_and_a_place(client):
    r = client.get("/dyad", params={"a": "ISR", "b": "Gazastreifen"})
    assert r.status_code == 200 and "DISAPPROVE" in r.text


@pytest.mark.parametrize("path,params", [("/actor", {"key": "Merkl"}), ("/events", {"actor": "Merkl"}),
                                         ("/dyad", {"a": "Merkl", "b": "ISR"})])
def test_web_unknown_actor_page_suggests_the_closest_name(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 404 and "Meinten Sie: Angela Merkel" in r.text
