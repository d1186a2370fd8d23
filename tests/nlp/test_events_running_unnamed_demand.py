"""An obligation in running indirect speech is a demand of the speaker even with no demand before it. After
a sentence that gives a speaker ("Der Gewerkschaftschef kritisierte die Pläne der Regierung."), a cue-less
one-clause sentence with a Konjunktiv I "müsse" that names no one to act ("Für den Schutz der Pendler müsse
mehr getan werden") made an event only after a DEMAND of the same speaker (RUNNING_DEMAND_GOES_ON); the gnad
coders code every such obligation as one more DEMAND of the speaker (speech.RUNNING_UNNAMED_DEMAND). Its
target is that of the speaker's latest verbal event in the sentences before. Not when the sentence has
more than one clause ("Es müsse respektiert werden, wenn …" frames a condition) and not when the speaker's
own side is the one that must act.
Session 31, helper d1s31 (misses "müsse DEMAND" of the development parts). Uncoded news: see the flag's
comment in speech.py. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech

CRITICISED = "Der Gewerkschaftschef kritisierte die Regierung scharf. "


def _modal(events):
    return [e for e in of_type(events, "DEMAND") if e["trigger"]["text"] == "müsse"]


@pytest.mark.parametrize("text", [
    CRITICISED + "Für den Schutz der Pendler müsse deutlich mehr getan werden.",
    CRITICISED + "Mit den ständigen Kürzungen bei den Schulen müsse endlich Schluss sein.",
    CRITICISED + "In den Nachtzügen müsse am Wochenende mehr Personal eingesetzt werden.",
])
def test_an_obligation_of_no_one_named_is_a_demand_of_the_speaker(analyse_text, text):
    events = analyse_text(text)
    (d,) = _modal(events)
    (c,) = [e for e in of_type(events, "DISAPPROVE") if e["trigger"]["text"] == "kritisierte"]
    assert actor_codes(d["source"]) == actor_codes(c["source"])
    assert actor_codes(d["target"]) == actor_codes(c["target"])


@pytest.mark.parametrize("text", [
    CRITICISED + "Es müsse respektiert werden, wenn die Lehrer ihre Arbeit niederlegten.",
    CRITICISED + "Die Frage müsse gestellt werden, wer die Kosten am Ende trage.",
])
def test_an_obligation_framing_another_clause_is_no_event(analyse_text, text):
    assert not _modal(analyse_text(text))


def test_without_the_rule_the_obligation_makes_no_event(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "RUNNING_UNNAMED_DEMAND", False)
    assert not _modal(analyse_text(CRITICISED + "Für den Schutz der Pendler müsse deutlich mehr getan werden."))
