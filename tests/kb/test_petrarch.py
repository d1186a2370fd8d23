"""The TABARI/PETRARCH .actors importer."""

import pytest

from lagebild.kb.petrarch import import_actors, parse_actors, parse_code, parse_date

SAMPLE = """# a comment
BEISPIELLAND_ [XXX]
+BEISPIEL_REPUBLIK
MAX_MUSTERMANN_  # invented
+MUSTERMANN
\t[XXXGOV >060901]
\t[XXXELI 990101-060831]
BROKEN_
\t[XXXGOV 2004017-20061201]
"""


@pytest.mark.parametrize("value,iso", [("060901", "2006-09-01"), ("970101", "1997-01-01"),
                                       ("20130419", "2013-04-19")])
def test_parse_date(value, iso):
    assert parse_date(value) == iso


@pytest.mark.parametrize("text,expected", [
    ("VENGOV >060901", ("VENGOV", "2006-09-01", None)),
    ("RUSGOV <991231", ("RUSGOV", None, "1999-12-31")),
    ("IGOUNO 970101-061231", ("IGOUNO", "1997-01-01", "2006-12-31")),
    ("AFG", ("AFG", None, None)),
])
def test_parse_code(text, expected):
    r = parse_code(text)
    assert (r.code, r.start, r.end) == expected


def test_parse_entries_synonyms_and_roles():
    result = parse_actors(SAMPLE)
    names = [(e.name, e.aliases, [(r.code, r.start, r.end) for r in e.roles]) for e in result.entries]
    assert names[:2] == [
        ("Beispielland", ["Beispiel Republik"], [("XXX", None, None)]),
        ("Max Mustermann", ["Mustermann"], [("XXXGOV", "2006-09-01", None), ("XXXELI", "1999-01-01", "2006-08-31")]),
    ]


def test_unreadable_date_is_a_problem_with_its_line():
    assert parse_actors(SAMPLE).problems == [(9, "bad date '2004017'")]


def test_import_is_idempotent(mem_db, tmp_path):
    path = tmp_path / "mini.actors.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    import_actors(mem_db, path)
    import_actors(mem_db, path)
    assert mem_db.execute("SELECT count(*) FROM actor_roles WHERE origin = 'import'").fetchone()[0] == 3


def test_import_shared_phoenix_dictionary_attaches_maduro(mem_db, shared_data):
    from lagebild.kb.store import seed_kb
    seed_kb(mem_db)
    report = import_actors(mem_db, shared_data / "petrarch-dictionaries" / "Phoenix.Countries.actors.txt")
    assert report["roles"] > 20000
    row = mem_db.execute("SELECT actor_code, start_date FROM actor_roles WHERE origin = 'import' "
                         "AND actor_id = 'per:nicolas-maduro'").fetchall()
    assert row == [("VENGOV", "2006-09-01")]


def test_import_merges_with_curated_person_through_alias(mem_db, tmp_path):
    from lagebild.kb.store import seed_kb
    seed_kb(mem_db)
    path = tmp_path / "mini.actors.txt"
    path.write_text("VLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSGOV >000507]\n", encoding="utf-8")
    import_actors(mem_db, path)
    assert mem_db.execute("SELECT actor_id FROM actor_roles WHERE origin = 'import'").fetchall() == \
        [("per:wladimir-putin",)]
