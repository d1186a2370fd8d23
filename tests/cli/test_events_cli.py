"""``lagebild events``: filters and formats over a small stored database."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from lagebild.cli import main
from lagebild.store.db import open_db
from lagebild.store.writer import write_record


def _event(type_, source, target, date, negated=False, modality="asserted"):
    return {"type": type_, "mode": None, "context": [], "negated": negated, "modality": modality,
            "source": [{"name": n, "actor_code": c, "country": c[:3]} for n, c in source],
            "target": [{"name": n, "actor_code": c, "country": c[:3]} for n, c in target],
            "date": date, "location": None, "trigger": {"start": 0, "end": 3, "text": "Ein"},
            "evidence": {"start": 0, "end": 9}, "attributed_to": None}


@pytest.fixture()
def db_file(tmp_path):
    path = tmp_path / "t.duckdb"
    con = open_db(path)
    con.execute("INSERT INTO articles (id, text, date) VALUES ('a1', 'Ein Text.', '2022-03-08')")
    write_record(con, {"id": "a1", "text": "Ein Text.", "sentences": [], "entities": [],
                       "timexes": [], "quotes": [], "events": [
                           _event("CONSULT", [("USA", "USAGOV")], [("Venezuela", "VENGOV")], "2022-03-05"),
                           _event("AGREE", [("Venezuela", "VEN")], [], "2022-03-08", negated=True),
                           _event("SANCTION", [("USA", "USA")], [("Russland", "RUS")], "2022-03-08",
                                  modality="hypothetical"),
                           _event("SANCTION", [("Kolumbien", "COL")], [("Venezuela", "VEN")], "2019"),
                       ]})
    con.close()
    return str(path)


def _json(db, *args):
    result = CliRunner().invoke(main, ["events", "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_lists_all_events(db_file):
    assert len(_json(db_file)) == 4


@pytest.mark.parametrize("args, types", [
    (["--type", "SANCTION"], ["SANCTION", "SANCTION"]),
    (["--actor", "Russland"], ["SANCTION"]),
    (["--actor", "VEN"], ["SANCTION", "CONSULT", "AGREE"]),
    (["--negated"], ["AGREE"]),
    (["--modality", "hypothetical"], ["SANCTION"]),
    (["--since", "2022-03-06"], ["AGREE", "SANCTION"]),
    (["--until", "2019"], ["SANCTION"]),
    (["--since", "2022-03", "--until", "2022-03", "--no-negated"], ["CONSULT", "SANCTION"]),
])
def test_filters(db_file, args, types):
    assert [r["type"] for r in _json(db_file, *args)] == types


def test_csv_has_header_and_rows(db_file):
    result = CliRunner().invoke(main, ["events", "--db", db_file, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 4 and rows[0]["type"]


def test_table_is_the_default(db_file):
    result = CliRunner().invoke(main, ["events", "--db", db_file])
    assert result.exit_code == 0 and "4 events" in result.stdout


def test_actor_filter_is_a_bound_parameter(db_file):
    result = CliRunner().invoke(main, ["events", "--db", db_file, "--actor", "x') OR TRUE --"])
    assert result.exit_code == 1 and "unknown actor \"x') OR TRUE --\"" in result.output, result.output


def test_missing_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no database" in result.output


def test_eval_events_prints_the_table(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"text": "Russland hat die Ukraine angegriffen.", "dct": "2022-03-08",
                                "events": [{"type": "ASSAULT", "source": ["RUS"], "target": ["UKR"],
                                            "negated": False, "modality": "asserted",
                                            "date": "2022-03-08"}]}) + "\n")
    out = tmp_path / "s.json"
    result = CliRunner().invoke(main, ["eval", "events", "--gold", str(gold), "--pipeline", "events",
                                       "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "full" in result.output and json.loads(out.read_text())["full"]["f1"] == 1.0
