"""The article's setting (the country an actor without one of its own takes): a capital named as
the counterpart of an act ("verhandelte mit Moskau", "zwischen Wien und Berlin") is a state, not
where the story happens, and casts no place vote. Session 22, helper F6; found reading lagebild's
output on 10kGNAD articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import agents


@pytest.mark.parametrize("text, kind, source", [
    ("Wien – Die Regierung verhandelte am Montag mit Moskau über Gaslieferungen. Die Regierung will den "
     "Preis senken.", "CONSULT", ["AUTGOV"]),
    ("Bern – Die Regierung verhandelte am Montag mit Moskau über Gaslieferungen. Die Regierung will den "
     "Preis senken.", "CONSULT", ["CHEGOV"]),
    ("Prag – Der Minister drohte am Dienstag mit Sanktionen gegen Warschau. Die Opposition lobte den "
     "Minister.", "SUPPORT", ["CZEOPP"]),
])
def test_a_capital_named_as_counterpart_does_not_set_the_article(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts and codes(acts[0]["source"]) == source


def test_both_capitals_of_a_zwischen_pair_are_counterparts(analyse_text):
    acts = of_type(analyse_text("Budapest – Die Polizei kritisierte am Freitag die Absprachen zwischen Wien "
                                "und Berlin scharf."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["HUNCOP"]


def test_a_capital_after_in_still_places_the_sentence(analyse_text):
    acts = of_type(analyse_text("Wien – Die Polizei nahm am Samstag in Moskau zwei Demonstranten fest."), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["RUSCOP"]


def test_without_the_rule_the_counterpart_capital_sets_the_article(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "CAPITAL_PARTY_VOTE", False)
    acts = of_type(analyse_text("Wien – Die Regierung verhandelte am Montag mit Moskau über Gaslieferungen. "
                                "Die Regierung will den Preis senken."), "CONSULT")
    assert acts and codes(acts[0]["source"]) == ["RUSGOV"]
