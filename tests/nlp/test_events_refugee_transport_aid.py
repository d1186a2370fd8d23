"""Refugees taken by bus or train to shelters or reception centres, or brought to safety, receive material
help: AID (the gnad3/gnad5 coders code it authorities > ---CVL). Data lines of triggers.tsv ("bringen",
"transportieren", "verteilen" with a shelter or "Sicherheit" as object), only in a text that names
refugees or migrants at least twice, not for people taken back or into custody, nor for "sich in
Sicherheit bringen".
Session 31, helper a1s31: uncoded news 5 AID added, all right by type (navy rescues, transfers to
shelters; their targets are mostly a country instead of ---CVL); development parts pooled type 2611 ->
2613, predictions 3562 -> 3564, tuple 1782 -> 1782. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

_OPENER = "Am Grenzübergang kamen erneut Tausende Flüchtlinge an. "


def _types(evs):
    return [e["type"] for e in evs]


@pytest.mark.parametrize("text", [
    _OPENER + "Die Polizei hat die Flüchtlinge mit Bussen in Notquartiere gebracht.",
    _OPENER + "Das Rote Kreuz transportierte die Flüchtlinge in ein Aufnahmezentrum.",
    _OPENER + "Die Behörden verteilten die Flüchtlinge auf Erstaufnahmeeinrichtungen.",
    _OPENER + "Die Küstenwache brachte die Flüchtlinge in Sicherheit.",
])
def test_refugees_taken_to_shelter_or_safety_are_aided(analyse_text, text):
    assert "AID" in _types(analyse_text(text))


@pytest.mark.parametrize("text", [
    _OPENER + "Die Polizei hat die Flüchtlinge zurück in die Einrichtungen am Grenzübergang gebracht.",
    _OPENER + "Die Polizei brachte die Flüchtlinge in Gewahrsam in eine Einrichtung.",
    "Die Feuerwehr brachte die Bewohner des Hauses in Sicherheit.",
])
def test_no_aid_for_return_custody_or_outside_a_refugee_text(analyse_text, text):
    assert "AID" not in _types(analyse_text(text))
