""""In Aussicht stellen" promises what it names; a promised investigation, proceedings, sanctions or a harsher line
is a threat to whom it is aimed at, not an agreement: "hat der Polizeichef ein Ermittlungsverfahren gegen den
Armeechef in Aussicht gestellt" and "stellten eine strengere Linie in Aussicht, sollte …" were AGREEs (uncoded
Wikinews and 10kGNAD). A promised return or relief stays AGREE. Twenty-sixth session, helper e1. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_INVESTIGATION = "Der Polizeichef von Fidschi hat ein Ermittlungsverfahren gegen den Armeechef in Aussicht gestellt."


@pytest.mark.parametrize("text", [
    _INVESTIGATION,
    "Die EU-Kommission stellte am Mittwoch in Brüssel weitere Verfahren gegen Irland in Aussicht.",
    "Der Kanzler stellte am Sonntag in Wien eine härtere Linie gegenüber Ankara in Aussicht.",
    "Die Regierung in Washington stellte Moskau neue Sanktionen in Aussicht.",
])
def test_a_penalty_held_out_is_a_threat(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "THREATEN")
    assert not of_type(evs, "AGREE")


def test_a_relief_held_out_stays_an_agreement(analyse_text):
    evs = analyse_text("Der Präsident stellte Mexiko am Montag in Wien die Rückgabe der Federkrone in Aussicht.")
    assert of_type(evs, "AGREE")
    assert not of_type(evs, "THREATEN")


def test_without_the_rule_the_penalty_is_an_agreement(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PENALTY_IN_PROSPECT", False)
    assert of_type(analyse_text(_INVESTIGATION), "AGREE")
