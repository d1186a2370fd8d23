"""Ingest stores articles in batches, one transaction each (issue 14: the per-article commit was the
largest serial step of ``scale run``); what it stores and reports is what one-by-one storing did."""

import json

import duckdb
import pytest

from lagebild import jobs
from lagebild.errors import ErrorCode
from lagebild.ingest.readers import ReaderOptions

STORY = ("Die Regierung in {ort} hat am Montag neue Hilfen für Familien beschlossen. Der Finanzminister "
         "sagte, das Paket koste mehrere Milliarden Euro und solle noch im Frühjahr in Kraft treten.")
PLACES = ["Rom", "Madrid", "Lissabon", "Athen", "Wien"]


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return str(path)


def stories(n):
    return [{"id": f"a{i}", "text": f"Meldung {i}: " + STORY.format(ort=PLACES[i % len(PLACES)]) + f" ({i})",
             "date": "2022-03-07"} for i in range(n)]


def stored_ids(con):
    return sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall())


@pytest.mark.parametrize("batch", [1, 2, 3, 256])
def test_every_article_is_stored_whatever_the_batch_size(mem_db, tmp_path, monkeypatch, batch):
    monkeypatch.setattr(jobs, "INGEST_BATCH", batch)
    report = jobs.ingest(mem_db, [write_jsonl(tmp_path / "in.jsonl", stories(7))], ReaderOptions())
    assert (report.added, stored_ids(mem_db)) == (7, [f"a{i}" for i in range(7)])


def test_near_duplicate_in_a_later_batch_is_linked_to_the_first(mem_db, tmp_path, monkeypatch):
    monkeypatch.setattr(jobs, "INGEST_BATCH", 2)
    recs = stories(3) + [{"id": "copy", "text": stories(1)[0]["text"] + " Ergänzt um eine Zeile.",
                          "date": "2022-03-07"}]
    jobs.ingest(mem_db, [write_jsonl(tmp_path / "in.jsonl", recs)], ReaderOptions())
    row = mem_db.execute("SELECT near_duplicate_of FROM articles WHERE id = 'copy'").fetchone()
    assert row == ("a0",)


@pytest.mark.parametrize("second_text, expected", [
    ("same", "duplicate"),      # the same record twice in one batch is skipped the second time
    ("other", "conflict"),      # the same id with another text in one batch is a problem
])
def test_repeated_id_inside_one_batch(mem_db, tmp_path, second_text, expected):
    first = stories(1)[0]
    second = dict(first) if second_text == "same" else {**first, "text": STORY.format(ort="Oslo")}
    report = jobs.ingest(mem_db, [write_jsonl(tmp_path / "in.jsonl", [first, second])], ReaderOptions())
    got = "duplicate" if report.duplicates == 1 else (
        "conflict" if [p.code for p in report.problems] == [ErrorCode.E013_ID_REUSED] else "neither")
    assert (got, report.added) == (expected, 1)


def test_a_batch_the_store_refuses_is_stored_one_by_one_without_the_bad_record(mem_db, tmp_path, monkeypatch):
    # fault injection: the store refuses the whole batch once, then record a2 on its own
    real_insert = jobs.insert_article

    def refuse_batch(*args, **kwargs):
        raise duckdb.ConversionException("batch refused")

    def refuse_a2(con, article, **kwargs):
        if article.id == "a2":
            raise duckdb.ConversionException("value refused")
        return real_insert(con, article, **kwargs)

    monkeypatch.setattr(jobs.pa, "table", refuse_batch)
    monkeypatch.setattr(jobs, "insert_article", refuse_a2)
    report = jobs.ingest(mem_db, [write_jsonl(tmp_path / "in.jsonl", stories(4))], ReaderOptions())
    assert (report.added, stored_ids(mem_db), [p.code for p in report.problems]) == (
        3, ["a0", "a1", "a3"], [ErrorCode.E011_READ])


def test_ingesting_the_same_file_again_adds_nothing(mem_db, tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", stories(5))
    jobs.ingest(mem_db, [path], ReaderOptions())
    again = jobs.ingest(mem_db, [path], ReaderOptions())
    assert (again.added, again.duplicates, len(stored_ids(mem_db))) == (0, 5, 5)
