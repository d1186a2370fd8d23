"""A one-word kind before a known organisation's name ("die US-Bundespolizei FBI", "die Bundespolizei
FBI") is that organisation, not a second actor that takes the subject and leaves the organisation as
the object. Twentieth session, issue 10; found reading lagebild's output on uncoded GermEval text.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Die US-Bundespolizei FBI nahm in Chicago zwei Männer fest.", "COERCE", ["USACOP"]),
    ("Die Bundespolizei FBI hat in Boston einen Verdächtigen verhaftet.", "COERCE", ["USACOP"]),
])
def test_a_kind_word_before_a_named_organisation_is_that_organisation(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source
    assert "USACOP" not in codes(acts[0]["target"])


@pytest.mark.parametrize("text, source, target", [
    ("Die US-Regierung kritisierte China scharf.", ["USAGOV"], ["CHN"]),
    ("Die russische Regierung kritisierte die Nato.", ["RUSGOV"], ["IGOWSTNAT"]),
])
def test_other_kind_words_stay_as_they_were(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_kind_word_is_a_second_actor(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "KIND_BEFORE_NAME", False)
    acts = of_type(analyse_text("Die US-Bundespolizei FBI nahm in Chicago zwei Männer fest."), "COERCE")
    assert acts and codes(acts[0]["source"]) != ["USACOP"]
