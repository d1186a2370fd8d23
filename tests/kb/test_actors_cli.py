"""``lagebild actors show`` and ``lagebild actors import``."""

import json

from click.testing import CliRunner

from lagebild.cli import main


def test_show_lists_roles_over_time(tmp_path):
    db = str(tmp_path / "t.duckdb")
    result = CliRunner().invoke(main, ["actors", "show", "Maduro", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    actor = json.loads(result.output)
    assert actor["actor_id"] == "per:nicolas-maduro"
    assert ("VENGOV", "2013-04-19", "kb") in [(r["actor_code"], r["start"], r["origin"]) for r in actor["roles"]]


def test_show_unknown_name_fails_clearly(tmp_path):
    result = CliRunner().invoke(main, ["actors", "show", "Niemand Unbekannt", "--db", str(tmp_path / "t.duckdb")])
    assert result.exit_code == 1 and "no actor named" in result.output


def test_import_reports_counts(tmp_path):
    path = tmp_path / "mini.actors.txt"
    path.write_text("ERIKA_BEISPIEL_\n\t[XXXGOV >200101]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["actors", "import", str(path), "--db", str(tmp_path / "t.duckdb")])
    assert result.exit_code == 0 and "1 entries" in result.output
