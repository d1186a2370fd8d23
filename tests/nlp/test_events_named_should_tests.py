"""A "should" word in a quote that names an actor is no DEMAND when its clause tells a plan ("sollte die Lage
eigentlich beruhigen", a weekday or a year) or is a relative clause ("Regeln, nach denen die Wahlen abgehalten
werden sollten"): the tests UNNAMED_SHOULD made for quotes naming no one hold for named actors too
(speech.NAMED_SHOULD_TESTS; 2 of 2 such DEMAND events of the development parts were wrong). A plain "should"
laid on a named actor stays a DEMAND. Twenty-fifth session, helper e5. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech

NO_DEMAND = [
    "Die Entscheidung der französischen Regierung sollte die Märkte eigentlich beruhigen, sagte der deutsche "
    "Finanzminister.",
    "Der chinesische Außenminister sagte, dass die Demonstranten in Hongkong immer von Regeln sprächen, nach denen "
    "die Wahlen abgehalten werden sollten.",
]


@pytest.mark.parametrize("text", NO_DEMAND)
def test_should_in_a_plan_or_a_relative_clause_is_no_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND") == []


def test_should_laid_on_a_named_actor_is_a_demand(analyse_text):
    text = "Die französische Regierung sollte die Sanktionen sofort aufheben, sagte der russische Außenminister."
    assert len(of_type(analyse_text(text), "DEMAND")) == 1


@pytest.mark.parametrize("text", NO_DEMAND)
def test_without_the_tests_they_are_demands(analyse_text, monkeypatch, text):
    monkeypatch.setattr(speech, "NAMED_SHOULD_TESTS", False)
    assert len(of_type(analyse_text(text), "DEMAND")) == 1
