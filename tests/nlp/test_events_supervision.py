"""Watching over a thing is monitoring, no coercion: "überwachen" of an offensive, a body's work, a ban, airports, a
budget or a development, and "Überwachung des Gesetzes", were COERCE surveillance (uncoded 10kGNAD: "um dort die
Militäroffensive zu überwachen", "die Tätigkeit des Instituts überwacht", "Überwacht wird das Verbot vom
Bundesheer"; dev9, gnad3). triggers.tsv lists such objects in the "without" words of "überwachen" and "Überwachung";
watching people stays surveillance. And "sich an einen Tisch setzen" meets only with its "an", since "tisch" is also
inside adjectives ("setzen sich aus politischen Experten zusammen" was a CONSULT). Twenty-sixth session, helper e1.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Der Präsident reiste nach Aden, um dort die Militäroffensive gegen die Rebellen zu überwachen.",
    "Ein Beirat soll in Wien die Tätigkeit des Normungsinstituts überwachen.",
    "Überwacht wird das Verbot vom Bundesheer.",
    "Die Kommission klagte, weil Deutschland seine Flughäfen zu selten überwache.",
    "Ein Rat von Ökonomen soll in Wien den Staatshaushalt überwachen.",
    "Wegen geringer Überwachung des Gesetzes wird das Verbot in Kairo kaum beachtet.",
])
def test_watching_over_a_thing_is_no_coercion(analyse_text, text):
    evs = analyse_text(text)
    assert not [e for e in of_type(evs, "COERCE") if e.get("mode") == "surveillance"]


def test_watching_people_stays_surveillance(analyse_text):
    evs = analyse_text("Die Polizei in Mainz hat die beiden Männer monatelang überwacht.")
    assert [e for e in of_type(evs, "COERCE") if e.get("mode") == "surveillance"]


def test_an_offensive_watched_over_stays_an_attack(analyse_text):
    evs = analyse_text("Der Präsident reiste nach Aden, um dort die Militäroffensive gegen die Rebellen zu überwachen.")
    assert of_type(evs, "ASSAULT")


def test_composed_of_is_no_meeting(analyse_text):
    evs = analyse_text("Die 140 Teilnehmer in Telfs setzen sich aus politischen Entscheidungsträgern und Experten "
                       "zusammen.")
    assert not of_type(evs, "CONSULT")


def test_sitting_down_at_a_table_is_a_meeting(analyse_text):
    evs = analyse_text("Die Regierung und die Rebellen setzten sich am Montag in Oslo an einen Tisch.")
    assert of_type(evs, "CONSULT")
