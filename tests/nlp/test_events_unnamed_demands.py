"""An obligation in the Konjunktiv I of reported speech ("müsse") that names no one who must act is
still a DEMAND of the speaker ("Die Sozialpartnerschaft müsse sich komplett ändern, sagte der Kanzler"):
``speech.UNNAMED_DEMAND`` (twentieth session, helper F1, from the DEMAND misses of gnad1, dev8 and
dev9). Not the speaker's or everyone's own duty, not what follows from a condition, not an
expectation, not a belief. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech


@pytest.mark.parametrize("text, source", [
    ("Die Sozialpartnerschaft müsse sich komplett ändern, sagte der Kanzler.", ["DEUGOV"]),
    ("Die Schulreform müsse noch vor dem Sommer kommen, verlangte die Gewerkschaft.", ["LAB"]),
])
def test_an_obligation_naming_no_actor_is_a_demand_of_the_speaker(analyse_text, text, source):
    acts = of_type(analyse_text(text), "DEMAND")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text", [
    "Der Minister sagte, man müsse abwarten.",
    "Der Minister sagte, dass man die Entwicklung genau beobachten müsse.",
    "Der Minister sagte, wer gegen das Gesetz verstoße, müsse mit einer Strafe rechnen.",
    "Der Minister sagte, wenn es regne, müsse das Fest abgesagt werden.",
    "Der Minister sagte, die Lage sei schwierig.",
    "Der Minister glaubt, dass die Politik die Warnungen ernst nehmen müsse.",
])
def test_own_duties_conditions_and_expectations_are_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


def test_without_the_rule_an_unnamed_obligation_is_no_event(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "UNNAMED_DEMAND", False)
    assert not of_type(analyse_text("Die Sozialpartnerschaft müsse sich komplett ändern, sagte der Kanzler."),
                       "DEMAND")
