"""Blocking a decision, an agreement or a process ("blockierte die Resolution", "die Blockade des
Handelsabkommens") is refusing it, REJECT, not a PROTEST blockade of streets aimed at the setting's
government; a blockade of a road stays a protest, and a reform named in a "gegen" phrase is the
blockade's motive. Twenty-sixth session, helper e7 (uncoded 10kGNAD and Wikinews: a Senate vote blocking
a resolution, a party not blocking an agreement). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Opposition blockierte am Dienstag im Senat die Resolution der Regierung.",
    "Die Konservativen setzten im Senat ihre Blockade des Handelsabkommens fort.",
    "Mehrere Abgeordnete versuchten, die Verabschiedung des Budgets zu blockieren.",
])
def test_blocking_a_decision_is_a_rejection(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "PROTEST")
    assert of_type(evs, "REJECT")


@pytest.mark.parametrize("text", [
    "Hunderte Bauern blockierten am Montag die Autobahn bei Lyon.",
    "Aus Protest gegen die Reform blockierten Studenten die Zufahrt zur Universität.",
])
def test_a_blockade_of_a_road_stays_a_protest(analyse_text, text):
    assert of_type(analyse_text(text), "PROTEST")


def test_without_the_rule_it_is_a_protest(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BLOCKED_PROCESS_REJECT", False)
    evs = analyse_text("Die Opposition blockierte am Dienstag im Senat die Resolution der Regierung.")
    assert of_type(evs, "PROTEST") and not of_type(evs, "REJECT")
