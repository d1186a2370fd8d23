"""Consolidation seeds the KB, re-derives learned roles and is idempotent."""

import pytest

from lagebild.article import Article
from lagebild.kb.consolidate import consolidate
from lagebild.store.writer import insert_article, write_record

TEXT = "Die Sprecherin des Außenministeriums, Erika Beispiel, wies die Vorwürfe zurück."


@pytest.fixture()
def store(mem_db):
    article = Article(text=TEXT, date="2023-05-02", date_precision="day")
    insert_article(mem_db, article)
    start = TEXT.index("Erika Beispiel")
    record = {"id": article.id, "text": TEXT, "sentences": [], "timexes": [], "quotes": [], "events": [],
              "entities": [{"start": start, "end": start + 14, "text": "Erika Beispiel", "label": "PER",
                            "actor_id": "per:erika-beispiel", "name": "Erika Beispiel",
                            "actor_code": None, "country": None}]}
    write_record(mem_db, record)
    return mem_db


def test_consolidate_learns_role_with_provenance(store):
    consolidate(store)
    rows = store.execute("SELECT actor_id, role, start_date, start_char, evidence FROM actor_roles "
                         "WHERE origin = 'learned'").fetchall()
    assert rows == [("per:erika-beispiel", "Sprecherin des Außenministeriums", "2023-05-02", 4,
                     "Sprecherin des Außenministeriums, Erika Beispiel")]


def test_consolidate_twice_changes_nothing(store):
    consolidate(store)
    first = store.execute("SELECT count(*) FROM actors").fetchone()[0], \
        store.execute("SELECT count(*) FROM actor_roles").fetchone()[0]
    consolidate(store)
    assert (store.execute("SELECT count(*) FROM actors").fetchone()[0],
            store.execute("SELECT count(*) FROM actor_roles").fetchone()[0]) == first


def test_seen_person_becomes_learned_actor(store):
    consolidate(store)
    assert store.execute("SELECT origin, kind FROM actors WHERE actor_id = 'per:erika-beispiel'").fetchone() \
        == ("learned", "person")


def test_incremental_consolidate_touches_only_given_articles(store):
    consolidate(store)
    before = store.execute("SELECT count(*) FROM actor_roles WHERE origin = 'learned'").fetchone()[0]
    counts = consolidate(store, article_ids=["no-such-article"])
    assert counts["learned_roles"] == 0
    assert store.execute("SELECT count(*) FROM actor_roles WHERE origin = 'learned'").fetchone()[0] == before


def test_second_consolidate_adds_no_actors(store):
    consolidate(store)
    assert consolidate(store)["seen_actors"] == 0
