"""The main commands through click's runner."""

import json

import pytest
from click.testing import CliRunner

from lagebild.cli import main

TEXT = ("date 2021-09-27 Berlin (Reuters) - Nach der Bundestagswahl haben SPD, Grüne und FDP am "
        "Montag erste Sondierungsgespräche angekündigt. \"Wir wollen zügig verhandeln\", sagte ein "
        "Parteisprecher.")


@pytest.fixture()
def article_file(tmp_path):
    f = tmp_path / "wahl.txt"
    f.write_text(TEXT, encoding="utf-8")
    return f


def test_extract_prints_one_contract_record_per_article(article_file):
    result = CliRunner().invoke(main, ["extract", str(article_file)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["schema"] == "lagebild.document/1"


def test_extract_offsets_point_into_text(article_file):
    rec = json.loads(CliRunner().invoke(main, ["extract", str(article_file)]).stdout)
    assert all(rec["text"][s["start"]:s["end"]].strip() for s in rec["sentences"])
    assert rec["text"].startswith("Nach der Bundestagswahl")


def test_extract_reads_stdin():
    result = CliRunner().invoke(main, ["extract", "--date", "2022-01-05", "-"],
                                input="Ein kurzer Text aus Wien.")
    rec = json.loads(result.stdout)
    assert rec["date"] == "2022-01-05" and rec["text"] == "Ein kurzer Text aus Wien."


def test_extract_reports_bad_input_on_stderr_and_goes_on(tmp_path, article_file):
    bad = tmp_path / "kaputt.txt"
    bad.write_text("date 2022-13 Berlin (dpa) - Text.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(bad), str(article_file)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1 and "kaputt.txt" in result.stderr


def test_run_then_stats_json_counts_articles(tmp_path, article_file):
    db = str(tmp_path / "t.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["run", "--db", db, str(article_file)]).exit_code == 0
    stats = json.loads(runner.invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats["articles"] == 1 and stats["analysed"] == 1 and stats["sentences"] == 2


def test_run_twice_changes_nothing(tmp_path, article_file):
    db = str(tmp_path / "t.duckdb")
    runner = CliRunner()
    runner.invoke(main, ["run", "--db", db, str(article_file)])
    first = runner.invoke(main, ["stats", "--db", db, "--json"]).stdout
    runner.invoke(main, ["run", "--db", db, str(article_file)])
    assert runner.invoke(main, ["stats", "--db", db, "--json"]).stdout == first


def test_ingest_json_report_lists_problems(tmp_path):
    bad = tmp_path / "leer.txt"
    bad.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "t.duckdb"), "--json", str(bad)])
    report = json.loads(result.stdout)
    assert report["added"] == 0 and report["problems"][0]["code"] == "E003"


def test_unopenable_database_is_a_clear_error(tmp_path):
    notdb = tmp_path / "kein.duckdb"
    notdb.write_text("das ist keine Datenbank")
    result = CliRunner().invoke(main, ["stats", "--db", str(notdb)])
    assert result.exit_code == 1 and "cannot open database" in result.output


def test_python_m_lagebild_cli_runs_the_working_folders_code(repo_root):
    """``python -m lagebild.cli`` is the command line of the code in the folder it runs from."""
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "lagebild.cli", "eval", "events", "--help"], cwd=repo_root,
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("Usage: lagebild eval events")
