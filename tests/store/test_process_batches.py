"""``process`` stores analyses in batches, one transaction each (issue 14); a record the store
refuses costs only itself."""

import pytest

from lagebild import jobs
from lagebild.article import Article
from lagebild.store.writer import insert_article

TEXTS = ["Die Regierung in Rom beschloss am Montag ein Hilfspaket.",
         "In Madrid demonstrierten am Samstag Tausende gegen die Reform.",
         "Der Minister in Athen kündigte Gespräche mit den Gewerkschaften an."]


def record(article, start=0):
    """A minimal analysis record with one entity (``start`` may be made unstorable)."""
    return {"id": article.id, "text": article.text, "sentences": [[0, len(article.text)]],
            "entities": [{"start": start, "end": 3, "text": article.text[:3], "label": "MISC"}],
            "timexes": [], "quotes": [], "events": []}


@pytest.fixture()
def pending(mem_db):
    articles = [Article(text=text, date="2022-03-07") for text in TEXTS]
    for article in articles:
        insert_article(mem_db, article)
    return articles


def fake_stream(bad_id=None):
    def stream(articles, workers, overlay):
        for article in articles:
            yield article, record(article, "keine Zahl" if article.id == bad_id else 0), None
    return stream


@pytest.mark.parametrize("batch", [1, 2, 32])
def test_every_analysis_is_stored_whatever_the_batch_size(mem_db, pending, monkeypatch, batch):
    monkeypatch.setattr(jobs, "WRITE_BATCH", batch)
    monkeypatch.setattr(jobs, "analyse_stream", fake_stream())
    report = jobs.process(mem_db)
    assert report.analysed == 3
    assert mem_db.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_a_record_the_store_refuses_is_reported_and_the_others_are_kept(mem_db, pending, monkeypatch):
    monkeypatch.setattr(jobs, "analyse_stream", fake_stream(bad_id=pending[1].id))
    report = jobs.process(mem_db)
    stored = {r[0] for r in mem_db.execute("SELECT article_id FROM documents").fetchall()}
    assert stored == {pending[0].id, pending[2].id}
    assert [p.reason.startswith(f"could not store the analysis of article {pending[1].id}")
            for p in report.problems] == [True]
