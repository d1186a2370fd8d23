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


def test_show_merges_learned_variants_of_one_office(tmp_path):
    from lagebild.kb.store import insert_rows, seed_kb
    from lagebild.store.db import open_db
    db = tmp_path / "t.duckdb"
    con = open_db(db)
    seed_kb(con)
    insert_rows(con, "actor_roles", [
        ("per:angela-merkel", title, "DEUGOV", "DEU", date, date, "learned", aid, 0, 20, f"{title} Angela Merkel")
        for title, date, aid in (("Bundeskanzlerin", "2015-07-14", "a1"),
                                 ("deutsche Bundeskanzlerin", "2016-01-02", "a2"),
                                 ("Bundeskanzlerin", "2017-03-04", "a3"))])
    con.close()
    result = CliRunner().invoke(main, ["actors", "show", "Merkel", "--db", str(db)])
    learned = [line for line in result.output.splitlines() if "article(s)" in line]
    assert len(learned) == 1 and "3 article(s)" in learned[0] and "'deutsche Bundeskanzlerin'" in learned[0]
