"""A cue that attributes facts to a source ("laut Gericht", "der Kommission zufolge") names where
the news comes from, not a stance of the source: its negative words make no DISAPPROVE, its positive
words no SUPPORT; an obligation laid on an actor stays a DEMAND. Nineteenth session, issue 10 (helper
F8's measurement: of 9 such predictions on the development parts 2 were coded). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech


@pytest.mark.parametrize("text", [
    "Laut Gericht lag ein schwerer Verstoß gegen die Richtlinie vor.",
    "Der Kommission zufolge stammt das Geld aus der Korruption der Behörden.",
])
def test_an_attributed_fact_is_no_criticism(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE") == []


def test_without_the_rule_the_source_criticises(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "ATTRIBUTION_NO_STANCE", False)
    acts = of_type(analyse_text("Laut Gericht lag ein schwerer Verstoß gegen die Richtlinie vor."), "DISAPPROVE")
    assert acts
