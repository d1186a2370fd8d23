"""training/events_gold/topics_report.py: predicted events per topic of a labelled news file."""

from __future__ import annotations

import importlib.util

import pytest


@pytest.fixture(scope="module")
def report(repo_root):
    spec = importlib.util.spec_from_file_location("events_topics_report",
                                                  repo_root / "training" / "events_gold" / "topics_report.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture()
def articles(tmp_path, report):
    path = tmp_path / "mini.csv"
    path.write_text("Sport;'Rapid traf in der 12. Minute zum 1:0. Die Gäste verloren.'\n"
                    "International;'Die Minister trafen sich in Brüssel. Sie berieten lange.'\n", encoding="utf-8")
    return report.read_articles(path)


def _fake(text):
    i = text.index("traf")
    return [{"type": "CONSULT", "trigger": {"start": i, "end": i + 4, "text": "traf"}}]


def test_read_articles_gives_topic_and_text(articles):
    assert articles[0] == ("Sport", "Rapid traf in der 12. Minute zum 1:0. Die Gäste verloren.")


def test_event_rows_carry_the_topic_and_the_sentence(report, articles):
    rows = report.event_rows(articles, _fake)
    assert rows[1]["topic"] == "International" and rows[1]["sentence"] == "Die Minister trafen sich in Brüssel."


def test_per_topic_counts_articles_and_events(report, articles):
    rows = report.event_rows(articles, _fake)
    assert report.per_topic(rows[1:], articles) == {"International": (1, 1), "Sport": (1, 0)}


def test_gone_lists_the_events_a_change_removed(report, articles):
    before = report.event_rows(articles, _fake)
    assert report.gone(before, before[1:]) == before[:1]


def test_the_rows_of_coded_parts_are_known(report):
    # articles.tsv deals the gnad1 rows to coders; the report must never show their output
    assert 809 in report.coded_rows() and 405 not in report.coded_rows()


def test_an_article_left_out_is_not_analysed(report, articles):
    seen = []
    report.event_rows([("(coded)", "")] + articles, lambda text: seen.append(text) or [])
    assert "" not in seen and len(seen) == 2
