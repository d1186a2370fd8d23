"""Competing is no fighting: "Die Parteien kämpfen um die Stimmen der Wähler", "kämpft um seine
Wiederwahl" name no violence; fighting for a place stays an ASSAULT. Twentieth session, F10; the
sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Die Parteien kämpfen um die Stimmen der Wähler.",
    "Die CDU kämpft in Sachsen um jedes Mandat.",
    "Der Präsident kämpft um seine Wiederwahl.",
])
def test_competing_for_votes_or_office_is_no_assault(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Rebellen und Regierungstruppen kämpfen um die Kontrolle der Stadt Aleppo.",
    "Die Soldaten kämpften um den Flughafen von Donezk.",
])
def test_fighting_for_a_place_stays_an_assault(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT")
