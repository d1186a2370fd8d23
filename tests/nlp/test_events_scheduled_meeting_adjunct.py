"""A meeting named in a "bei"/"vor" phrase of a clause told in the future or scheduled is still to come.
"Bei den Gesprächen in Brüssel wird es auch ums Geld gehen", "Noch vor dem Treffen wird am Donnerstag ein
Mini-Gipfel stattfinden": the meeting noun only sets the scene of the clause (ADJUNCT_KEEPS_MODALITY kept it
asserted), but with "wird"/"werden" or "soll" in the clause the scene is one ahead, so the meeting is planned,
which PLOVER codes AGREE future (PROMISE_IS_AGREE), not a CONSULT held. A clause of intent ("wollten bei dem
Treffen … vermeiden") or in the past keeps the meeting held, and so do negotiations, a process that runs on
(flag ADJUNCT_SCHEDULED_MEETING in extract.py). Session 30, helper p2s30 (precision of the cooperation types);
uncoded news: 2 CONSULT retyped AGREE future in 2 articles, both right; development parts: 1 retyped, right (dev
"Bei dem Außenministertreffen am Sonntag soll …", gold AGREE future; with negotiations too, gnad4's running TTIP
talks were lost), pooled type matches 2595 -> 2596, tuple 1766 -> 1767. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

SCHEDULED = [
    "Bei dem Treffen der Außenminister am Freitag soll über die Flüchtlingsfrage gesprochen werden.",
    "Beim Gipfel in Brüssel wird es vor allem um die Haushaltsregeln gehen.",
    "Bei den Gesprächen in Genf werden auch die Gefangenen ein Thema sein.",
]


@pytest.mark.parametrize("text", SCHEDULED)
def test_a_meeting_in_a_scheduled_clause_is_planned(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "CONSULT")
    assert [e["modality"] for e in of_type(evs, "AGREE")] == ["future"]


def test_a_meeting_before_a_future_act_is_planned(analyse_text):
    evs = analyse_text("Noch vor dem Gipfeltreffen wird der Kanzler mit dem französischen Präsidenten telefonieren.")
    assert not of_type(evs, "CONSULT")
    assert len(of_type(evs, "AGREE")) == 2


@pytest.mark.parametrize("text", [
    "Bei dem Treffen wollten die Minister jeden Streit vermeiden.",
    "Bei dem Treffen in Wien sprachen die Außenminister über die Flüchtlingsfrage.",
    "Bei den Verhandlungen in Genf wird auch über die Gefangenen gesprochen werden.",
])
def test_a_meeting_of_intent_or_of_the_past_and_negotiations_stay_held(analyse_text, text):
    assert [e["modality"] for e in of_type(analyse_text(text), "CONSULT")] == ["asserted"]


def test_without_the_rule_the_scheduled_meeting_is_held(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ADJUNCT_SCHEDULED_MEETING", False)
    evs = analyse_text(SCHEDULED[1])
    assert [e["modality"] for e in of_type(evs, "CONSULT")] == ["asserted"]
    assert not of_type(evs, "AGREE")
