"""Imported dictionaries code articles: `actors import`, `process` and `recode` end to end."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.article import Article
from lagebild.cli import main
from lagebild.jobs import process
from lagebild.kb.petrarch import import_actors
from lagebild.recode import recode
from lagebild.store.writer import insert_article

DICTIONARY = Path(__file__).parent / "data" / "invented.actors"
TEXT = ("Karim Haddad hat am Dienstag in Ramallah die israelische Regierung scharf kritisiert. "
        "Haddad sagte, Israel verhandle nicht ernsthaft über den Gazastreifen.")


def _store(con, date: str = "2005-12-20", text: str = TEXT) -> str:
    article = Article(text=text, id="haddad", date=date, date_precision="day" if len(date) == 10 else "month")
    insert_article(con, article)
    return article.id


def _codes(con) -> set:
    """Actor codes of the entities that name Haddad."""
    return {r[0] for r in con.execute(
        "SELECT actor_code FROM entities WHERE text LIKE '%Haddad%'").fetchall()}


def _snapshot(con) -> dict:
    return {t: sorted(map(str, con.execute(f"SELECT * EXCLUDE (imported_at) FROM {t}" if t == "kb_imports"
                                           else f"SELECT * FROM {t}").fetchall()))
            for t in ("actors", "actor_roles", "actor_names", "kb_imports")}


@pytest.mark.parametrize("date,code", [
    ("2005-12-20", "PSEGOV"),   # inside the dated government role
    ("2005-12-01", "PSEELI"),   # before it
    ("2007-06-03", "PSEELI"),   # after it: the undated code is the fallback
])
def test_imported_dated_role_codes_an_article_that_names_him(mem_db, date, code):
    import_actors(mem_db, DICTIONARY)
    _store(mem_db, date)
    process(mem_db)
    assert _codes(mem_db) == {code}


@pytest.mark.parametrize("text", [
    TEXT,
    "Ramallah: Karim Haddad forderte am Dienstag ein Ende der Blockade des Gazastreifens.",
])
def test_imported_person_and_the_person_named_in_text_are_one_actor(mem_db, text):
    import_actors(mem_db, DICTIONARY)
    _store(mem_db, text=text)
    process(mem_db)
    assert mem_db.execute("SELECT DISTINCT actor_id FROM entities WHERE text LIKE '%Haddad%'").fetchall() == \
        [("per:karim-haddad",)]


def test_reimporting_the_same_file_changes_nothing(mem_db):
    import_actors(mem_db, DICTIONARY)
    before = _snapshot(mem_db)
    import_actors(mem_db, DICTIONARY)
    assert _snapshot(mem_db) == before


def test_reimport_reports_nothing_new(mem_db):
    import_actors(mem_db, DICTIONARY)
    report = import_actors(mem_db, DICTIONARY)
    assert (report["new_actors"], report["new_roles"], report["unchanged_roles"]) == (0, 0, 5)


def test_recode_applies_an_import_to_stored_articles(mem_db):
    _store(mem_db)
    process(mem_db)
    import_actors(mem_db, DICTIONARY)
    recode(mem_db)
    assert _codes(mem_db) == {"PSEGOV"}


def test_recode_rewrites_the_event_participants(mem_db):
    _store(mem_db)
    process(mem_db)
    import_actors(mem_db, DICTIONARY)
    recode(mem_db)
    codes = mem_db.execute("SELECT list_concat(source_codes, target_codes) FROM events").fetchall()
    assert any("PSEGOV" in row[0] for row in codes)


def test_recode_twice_changes_nothing_the_second_time(mem_db):
    _store(mem_db)
    process(mem_db)
    import_actors(mem_db, DICTIONARY)
    recode(mem_db)
    assert recode(mem_db).recoded == 0


def test_recode_with_an_unchanged_kb_rewrites_no_record(mem_db):
    _store(mem_db)
    process(mem_db)
    assert recode(mem_db, everything=True).changed == 0


def test_recode_command_says_what_changed(tmp_path):
    from lagebild.store.db import open_db
    db = tmp_path / "t.duckdb"
    con = open_db(db)
    _store(con)
    process(con)
    con.close()
    runner = CliRunner()
    assert runner.invoke(main, ["actors", "import", str(DICTIONARY), "--db", str(db)]).exit_code == 0
    result = runner.invoke(main, ["recode", "--db", str(db)])
    assert result.exit_code == 0 and "Karim Haddad PSEGOV" in result.output, result.output


def test_recode_picks_up_articles_coded_with_an_older_shipped_kb(mem_db):
    _store(mem_db)
    process(mem_db)
    mem_db.execute("UPDATE documents SET kb_version = 'an-older-kb'")
    assert recode(mem_db).recoded == 1


def test_recode_leaves_no_stale_actor_behind(mem_db):
    # before the import "Haddad" alone was a document-local per:haddad; afterwards it is Karim Haddad
    _store(mem_db)
    process(mem_db)
    import_actors(mem_db, DICTIONARY)
    recode(mem_db)
    rows = mem_db.execute("SELECT actor_id FROM actors WHERE actor_id LIKE '%haddad%' AND origin <> 'kb'")
    assert rows.fetchall() == [("per:karim-haddad",)]
