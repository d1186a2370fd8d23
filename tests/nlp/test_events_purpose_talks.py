"""A noun of talks or a visit in a "zu" phrase of purpose ("ist zu Besuch in Berlin", "kam zu
Gesprächen nach Moskau") in a clause whose verb of coming or staying names no act: the clause's
subject is who comes for the talks (extract.PURPOSE_TALKS_SUBJECT, twenty-first session, F7). The
visit had no doer before. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source, target", [
    ("Der französische Präsident ist zu Besuch in Berlin.", ["FRAGOV"], ["DEU"]),
    ("Der französische Präsident kam am Montag zu Gesprächen nach Berlin.", ["FRAGOV"], ["DEU"]),
    ("Der französische Präsident ist zu Gesprächen nach Moskau aufgebrochen.", ["FRAGOV"], ["RUS"]),
    ("Der polnische Außenminister traf am Montag zu einem zweitägigen Besuch in Kiew ein.", ["POLGOV"], ["UKR"]),
])
def test_the_subject_comes_for_the_talks(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "CONSULT")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_talks_in_a_foreign_city_are_with_its_government(analyse_text):
    acts = of_type(analyse_text("Der französische Präsident hält sich zu Gesprächen in Moskau auf."), "CONSULT")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (["FRAGOV"], ["RUSGOV"])


@pytest.mark.parametrize("text", [
    "Der französische Präsident bekannte sich zu einem Dialog mit der Opposition.",
    "Der französische Präsident äußerte sich am Montag zu den Gesprächen in Moskau.",
])
def test_a_verb_that_governs_zu_is_no_trip(analyse_text, monkeypatch, text):
    on = analyse_text(text)
    monkeypatch.setattr(extract, "PURPOSE_TALKS_SUBJECT", False)
    assert analyse_text(text) == on


def test_without_the_rule_the_visit_has_no_visitor(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PURPOSE_TALKS_SUBJECT", False)
    acts = of_type(analyse_text("Der französische Präsident ist zu Besuch in Berlin."), "CONSULT")
    assert acts and actor_codes(acts[0]["source"]) != ["FRAGOV"]
