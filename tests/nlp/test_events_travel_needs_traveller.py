"""A journey ("reisen") is a visit only when its sentence names a political traveller (an office, a government, an
organisation) up to the verb's clause, or a personal pronoun stands for a political source named before. The
journeys of migrants, artists and suspects and generic ones ("Wer ohne Visum nach Österreich reist") are no
CONSULT: on the uncoded news all four "reisen" visits were of that kind (extract.TRAVEL_NEEDS_TRAVELLER,
twenty-sixth session, helper e2). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _visits(evs):
    return of_type(evs, "CONSULT") + of_type(evs, "AGREE")


@pytest.mark.parametrize("text", [
    "Die Regierung schickt Hilfe. Fast alle reisten weiter nach Westeuropa.",
    "Wer ohne Visum von Griechenland kommend nach Österreich reist, wird nicht mehr durchgelassen.",
    "Nach Berlin und München reist der Sänger anschließend in die Schweiz.",
])
def test_a_journey_without_a_political_traveller_is_no_visit(analyse_text, text):
    assert not _visits(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Die Delegation der Vereinten Nationen reiste am Montag nach Damaskus.",
    "Die Kanzlerin traf am Montag den Präsidenten Polens. Danach reiste sie nach Paris.",
])
def test_a_political_traveller_makes_a_visit(analyse_text, text):
    assert any(e["trigger"]["text"].startswith("reis") for e in _visits(analyse_text(text)))


def test_without_the_rule_the_journey_is_a_visit(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TRAVEL_NEEDS_TRAVELLER", False)
    text = "Nach Berlin und München reist der Sänger anschließend in die Schweiz."
    assert _visits(analyse_text(text))
