"""A demand goes on in running indirect speech: after "X forderte …", a cue-less Konjunktiv sentence that
lays an obligation on no one named ("Außerdem müsse es mehr Lehrer geben", also a passive: "Für die
Sicherheit müsse mehr getan werden") is one more DEMAND of X on the addressee of X's demand, as the
coders code a speaker's listed demands one per sentence (speech.RUNNING_DEMAND_GOES_ON; expletive in
evaluations.tsv). Nineteenth session; found in the misses of the development parts. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech

DEMANDED = "Der Oppositionsführer forderte von der Regierung mehr Geld für die Schulen. "


def _modal(events):
    return [e for e in of_type(events, "DEMAND") if e["trigger"]["text"] == "müsse"]


@pytest.mark.parametrize("text", [
    DEMANDED + "Außerdem müsse es mehr Lehrer geben.",
    DEMANDED + "Für die Sicherheit müsse mehr getan werden.",
])
def test_an_obligation_of_no_one_named_continues_the_demand_before(analyse_text, text):
    events = analyse_text(text)
    first = [e for e in of_type(events, "DEMAND") if e["trigger"]["text"] == "forderte"]
    demands = _modal(events)
    assert len(first) == 1 and len(demands) == 1
    assert actor_codes(demands[0]["source"]) == actor_codes(first[0]["source"])
    assert actor_codes(demands[0]["target"]) == actor_codes(first[0]["target"]) == ["GOV"]


def test_without_a_demand_before_it_is_no_event(analyse_text, monkeypatch):
    # (and "es" is no one who must act: "Lehrer" after it is what is wanted; since session 31 such a
    # one-clause "müsse" is a DEMAND all the same, speech.RUNNING_UNNAMED_DEMAND, switched off here)
    monkeypatch.setattr(speech, "RUNNING_UNNAMED_DEMAND", False)
    assert not _modal(analyse_text("Der Oppositionsführer kritisierte die Regierung. Außerdem müsse es mehr Lehrer geben."))


def test_without_the_rule_the_obligation_makes_no_event(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "RUNNING_DEMAND_GOES_ON", False)
    assert not _modal(analyse_text(DEMANDED + "Außerdem müsse es mehr Lehrer geben."))
