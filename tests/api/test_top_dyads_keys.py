"""The most active pairs (``query dyads`` without actors, ``/api/dyads``, the web UI) count an actor
the texts name only by its kind ("die Polizei") or that the defaults supply by its code, so the
police of Vienna and of Ankara are two actors, and the key resolves for the dyad's series. The
articles are written for this test."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lagebild.cli import main

_ARTICLES = [
    {"id": "wien-1", "date": "2016-03-01",
     "text": "Wien – Die Polizei hat am Montag in Wien zwölf Demonstranten festgenommen."},
    {"id": "wien-2", "date": "2016-03-02",
     "text": "Wien – Die Polizei hat am Dienstag in Wien fünf Demonstranten festgenommen."},
    {"id": "ankara-1", "date": "2016-03-02",
     "text": "Ankara – Die Polizei hat am Dienstag in Ankara acht Demonstranten festgenommen."},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("dyads")
    src = d / "articles.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _ARTICLES), encoding="utf-8")
    db = d / "store.duckdb"
    result = CliRunner().invoke(main, ["run", str(src), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _top(db):
    result = CliRunner().invoke(main, ["query", "dyads", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return {(d["source"], d["target"]): d for d in json.loads(result.stdout)["items"]}


@pytest.mark.parametrize("pair, events", [(("AUTCOP", "AUTCVL"), 2), (("TURCOP", "TURCVL"), 1)])
def test_the_police_of_two_countries_are_two_actors(store, pair, events):
    assert _top(store)[pair]["events"] == events


def test_a_pair_keeps_the_words_of_the_texts(store):
    assert _top(store)[("TURCOP", "TURCVL")]["source_name"] == "Polizei"


def test_the_key_of_a_pair_finds_its_series(store):
    result = CliRunner().invoke(main, ["query", "dyads", "--db", str(store), "--a", "AUTCOP", "--b", "AUTCVL",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    assert sum(p["total"] for p in json.loads(result.stdout)["series"]) == 2
