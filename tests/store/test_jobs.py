"""Ingest and process into the store: idempotent, duplicates handled, problems kept."""

import json

import pytest

from lagebild.jobs import ingest, pending_articles, process, stats
from lagebild.store.db import open_db
from lagebild.store.migrations import MIGRATIONS

STORY = ("date 2022-06-14 Berlin (dpa) - Die Bundesregierung hat am Dienstag ein neues Hilfspaket "
         "für die Ukraine beschlossen. Es umfasst Waffen, Munition und humanitäre Hilfe im Wert von "
         "mehreren hundert Millionen Euro. Die Opposition kritisierte, das Paket komme zu spät und "
         "sei zu klein. Der Kanzler verteidigte die Entscheidung im Bundestag.")
COPY = STORY.replace("(dpa)", "(AFP)").replace("Der Kanzler verteidigte", "Der Regierungschef verteidigte")


@pytest.fixture()
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(STORY, encoding="utf-8")
    (d / "b.txt").write_text(STORY, encoding="utf-8")  # exact duplicate
    (d / "c.txt").write_text(COPY, encoding="utf-8")   # agency copy, small edits
    (d / "d.jsonl").write_text('{"text": "Ein anderer Text über Wahlen in Frankreich."}\n{kaputt\n',
                               encoding="utf-8")
    return d


def test_migrations_are_recorded_once(mem_db):
    from lagebild.store.migrations import apply_migrations
    assert apply_migrations(mem_db) == []
    n = mem_db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
    assert n == len(MIGRATIONS)


def test_exact_duplicate_is_skipped(mem_db, corpus):
    report = ingest(mem_db, [str(corpus)])
    assert report.added == 3 and report.duplicates == 1


def test_near_duplicate_is_linked_to_original(mem_db, corpus):
    ingest(mem_db, [str(corpus)])
    rows = mem_db.execute("SELECT dateline_agency, near_duplicate_of FROM articles "
                          "WHERE near_duplicate_of IS NOT NULL").fetchall()
    assert [r[0] for r in rows] == ["AFP"]


def test_bad_record_is_stored_as_problem_with_location(mem_db, corpus):
    ingest(mem_db, [str(corpus)])
    (row,) = mem_db.execute("SELECT source, location, code FROM problems").fetchall()
    assert row[0].endswith("d.jsonl") and row[1] == "line 2" and row[2] == "E004"


def test_second_ingest_adds_nothing(mem_db, corpus):
    ingest(mem_db, [str(corpus)])
    before = stats(mem_db)
    report = ingest(mem_db, [str(corpus)])
    assert report.added == 0 and stats(mem_db) == before


def test_process_analyses_each_article_once(mem_db, corpus):
    ingest(mem_db, [str(corpus)])
    first = process(mem_db)
    second = process(mem_db)
    assert first.analysed == 3 and second.analysed == 0 and pending_articles(mem_db) == []


def test_stored_record_follows_document_contract(mem_db, corpus):
    ingest(mem_db, [str(corpus)])
    process(mem_db)
    rec = json.loads(mem_db.execute("SELECT record FROM documents LIMIT 1").fetchone()[0])
    assert rec["schema"] == "lagebild.document/1"
    assert set(rec) >= {"id", "date", "date_precision", "dateline", "text", "sentences", "entities",
                        "timexes", "quotes", "events"}


def test_a_failing_article_is_recorded_and_the_rest_goes_on(mem_db, corpus, monkeypatch):
    import lagebild.pipeline as pipeline
    real = pipeline.make_doc

    def flaky(nlp, article):
        if "Frankreich" in article.text:
            raise RuntimeError("kaputt")
        return real(nlp, article)

    monkeypatch.setattr(pipeline, "make_doc", flaky)
    ingest(mem_db, [str(corpus)])
    report = process(mem_db)
    assert report.analysed == 2 and report.problems[0].code.value == "E010"


def test_database_file_survives_reopen(tmp_path, corpus):
    path = tmp_path / "x.duckdb"
    con = open_db(path)
    ingest(con, [str(corpus)])
    con.close()
    assert stats(open_db(path))["articles"] == 3


@pytest.mark.slow
def test_worker_processes_give_the_same_records_as_one_process(tmp_path, corpus):
    one, two = open_db(tmp_path / "one.duckdb"), open_db(tmp_path / "two.duckdb")
    for con in (one, two):
        ingest(con, [str(corpus)])
    process(one, workers=1)
    process(two, workers=2)
    query = "SELECT article_id, record FROM documents ORDER BY article_id"
    assert one.execute(query).fetchall() == two.execute(query).fetchall()
