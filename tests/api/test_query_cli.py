"""``lagebild query``: the same queries as the API, printed as table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from lagebild.cli import main


def run(*args):
    result = CliRunner().invoke(main, ["query", *args])
    assert result.exit_code == 0, result.output
    return result


def test_query_events_json_is_the_api_page(store_file):
    page = json.loads(run("events", "--db", str(store_file), "--type", "AID", "--format", "json").stdout)
    assert page["total"] == 2 and {e["type"] for e in page["items"]} == {"AID"}


def test_query_events_filters_by_actor_and_negation(store_file):
    page = json.loads(run("events", "--db", str(store_file), "--actor", "a-deutschland", "--negated",
                          "--format", "json").stdout)
    assert [e["type"] for e in page["items"]] == ["AGREE"]


def test_query_actors_csv_has_a_header_and_rows(store_file):
    rows = list(csv.DictReader(io.StringIO(run("actors", "--db", str(store_file), "--format", "csv").stdout)))
    assert rows[0]["name"] == "Olaf Scholz" and {"events", "mentions", "quotes"} <= set(rows[0])


def test_query_quotes_table_shows_the_speaker(store_file):
    out = run("quotes", "--db", str(store_file), "--speaker", "Olaf Scholz").stdout
    assert "Olaf Scholz" in out and "Wir stehen fest" in out


def test_query_dyads_without_actors_lists_top_pairs(store_file):
    page = json.loads(run("dyads", "--db", str(store_file), "--format", "json", "--limit", "3").stdout)
    assert len(page["items"]) == 3 and page["total"] > 3


def test_query_dyads_with_two_actors_prints_the_series(store_file):
    out = run("dyads", "--db", str(store_file), "--a", "a-deutschland", "--b", "a-russland", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["period"] for r in rows] == ["2022-06"]  # the negated "Einigung" is not counted
    assert rows[0]["conflict"] == "1"


def test_query_dyads_with_unknown_actor_fails_clearly(store_file):
    result = CliRunner().invoke(main, ["query", "dyads", "--db", str(store_file), "--a", "Atlantis", "--b", "a-russland"])
    assert result.exit_code != 0 and "unknown actor 'Atlantis'" in result.output
