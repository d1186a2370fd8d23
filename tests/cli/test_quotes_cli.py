"""``lagebild quotes --speaker``: stored quotations by speaker, in a temporary database.

The records are written directly with the store writer (no pipeline run), so the test checks the
command and its query, not the analysis.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from lagebild.article import Article
from lagebild.cli import main
from lagebild.store.db import open_db
from lagebild.store.writer import insert_article, write_record

TEXT_A = "„Wir kommen voran“, sagte die Präsidentin Eva Muster. Der Minister sagte, die Lage sei ruhig."
TEXT_B = "Die Präsidentin erklärte, man werde die Gespräche fortsetzen."


def _quote(text, quote, speaker, cue, kind, name=None):
    qs = text.index(quote)
    ss = text.index(speaker)
    cs = text.index(cue)
    return {"type": kind, "quote": [{"start": qs, "end": qs + len(quote)}],
            "speaker": {"start": ss, "end": ss + len(speaker), "text": speaker,
                        "actor_id": "actor:muster" if name else None, "name": name},
            "cue": {"start": cs, "end": cs + len(cue), "text": cue}, "frame": [], "addressee": None}


def _record(article, quotes):
    return {"schema": "lagebild.document/1", "id": article.id, "date": article.date,
            "date_precision": article.date_precision, "dateline": None, "title": None, "url": None,
            "source": None, "text": article.text, "sentences": [], "entities": [], "timexes": [],
            "quotes": quotes, "events": []}


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "quotes.duckdb"
    con = open_db(path)
    a = Article(text=TEXT_A, date="2023-04-02", date_precision="day")
    b = Article(text=TEXT_B, date="2023-05-10", date_precision="day")
    for art, quotes in (
        (a, [_quote(TEXT_A, "„Wir kommen voran“", "die Präsidentin Eva Muster", "sagte", "Direct",
                    "Eva Muster"),
             _quote(TEXT_A, "die Lage sei ruhig", "Der Minister", "sagte", "Indirect")]),
        (b, [_quote(TEXT_B, "man werde die Gespräche fortsetzen", "Die Präsidentin", "erklärte",
                    "Indirect", "Eva Muster")]),
    ):
        insert_article(con, art)
        write_record(con, _record(art, quotes))
    con.close()
    return str(path)


def run(*args):
    result = CliRunner().invoke(main, ["quotes", *args])
    return result


def test_json_lists_quotes_of_the_speaker_with_date_and_offsets(db):
    result = run("--db", db, "--speaker", "muster", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["date"] for r in rows] == ["2023-04-02", "2023-05-10"]
    first = rows[0]
    assert TEXT_A[first["quote_start"]:first["quote_end"]] == "„Wir kommen voran“"
    assert first["spans"] == [{"start": first["quote_start"], "end": first["quote_end"]}]


def test_speaker_text_matches_case_insensitively(db):
    rows = json.loads(run("--db", db, "--speaker", "DER MINISTER", "--format", "json").output)
    assert len(rows) == 1 and rows[0]["type"] == "Indirect"


def test_type_filter(db):
    rows = json.loads(run("--db", db, "--speaker", "Muster", "--type", "Direct", "--format", "json").output)
    assert [r["type"] for r in rows] == ["Direct"]


def test_csv_has_a_header_and_one_row_per_quote(db):
    result = run("--db", db, "--speaker", "Muster", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 2 and rows[0]["speaker_name"] == "Eva Muster"


def test_table_names_article_and_speaker(db):
    result = run("--db", db, "--speaker", "Muster")
    assert result.exit_code == 0
    assert "Eva Muster" in result.output and "2 quote(s)" in result.output


def test_sql_wildcards_in_the_name_are_taken_literally(db):
    result = run("--db", db, "--speaker", "%", "--format", "json")
    assert result.exit_code == 1 and "unknown actor '%'" in result.output


@pytest.mark.parametrize("name,suggestion", [("Eva Mustr", "Eva Muster"), ("Muster Eva", "Eva Muster")])
def test_unknown_speaker_fails_with_did_you_mean(db, name, suggestion):
    result = run("--db", db, "--speaker", name)
    assert result.exit_code == 1 and f"did you mean '{suggestion}'" in result.output, result.output


def test_missing_database_is_a_clear_error(tmp_path):
    result = run("--db", str(tmp_path / "fehlt.duckdb"), "--speaker", "x")
    assert result.exit_code != 0
