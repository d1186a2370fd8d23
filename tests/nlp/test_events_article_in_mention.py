"""A fronted dative or accusative whose article the name finder took into the person's span ("[Dem
Staatssekretär Hans Müller] warf die Opposition Versagen vor") is no subject: the nominative after the
verb accuses, the dative is accused (extract ARTICLE_IN_MENTION; twenty-first session, F6). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Berlin – Dem Staatssekretär Jens Albrecht warfen die Grünen Untätigkeit vor.", "DISAPPROVE",
     ["DEUPTY"], ["DEUGOV"]),
    ("Berlin – Dem Minister Peter Kraus warf die Opposition Wortbruch vor.", "DISAPPROVE", ["DEUOPP"], ["DEUGOV"]),
    ("Berlin – Den Minister Peter Kraus kritisierte die Opposition heftig.", "DISAPPROVE", ["DEUOPP"], ["DEUGOV"]),
])
def test_a_fronted_object_with_its_article_in_the_name_is_no_subject(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, source, target", [
    # the nominative opening the clause stays the subject
    ("Berlin – Der Minister Peter Kraus warf der Opposition Wortbruch vor.", ["DEUGOV"], ["DEUOPP"]),
    ("Berlin – Die Opposition warf dem Minister Peter Kraus Wortbruch vor.", ["DEUOPP"], ["DEUGOV"]),
])
def test_a_subject_keeps_its_place(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_dative_accuses(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ARTICLE_IN_MENTION", False)
    acts = of_type(analyse_text("Berlin – Dem Minister Peter Kraus warf die Opposition Wortbruch vor."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["DEUGOV"]
