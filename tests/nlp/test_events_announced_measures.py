"""A coercive or punitive measure a state announces is that measure, planned (COERCE or SANCTION with
modality future), not a threat: "Mazedonien kündigte die Schließung der Grenze an" was THREATEN. An
announced attack ("Die Rebellen kündigten Anschläge an") and a measure under a condition ("…, falls …")
stay THREATEN. Twenty-first session (F12), found reading lagebild's output on refugee-crisis articles
of 10kGNAD. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Die Regierung von Ruritanien kündigte am Montag die Schließung der Grenze an.", "COERCE"),
    ("Der Innenminister hat neue Festnahmen angekündigt.", "COERCE"),
    ("Die Europäische Union kündigte neue Sanktionen gegen Russland an.", "SANCTION"),
    ("Die Regierung hat die Ausweisung des russischen Botschafters angekündigt.", "SANCTION"),
])
def test_an_announced_measure_is_the_measure_planned(analyse_text, text, kind):
    evs = analyse_text(text)
    acts = of_type(evs, kind)
    assert len(acts) == 1 and acts[0]["modality"] == "future"
    assert not of_type(evs, "THREATEN")


@pytest.mark.parametrize("text", [
    "Die Rebellen kündigten weitere Anschläge auf Kasernen an.",
    "Die Europäische Union kündigte neue Sanktionen gegen Russland an, falls Moskau die Truppen nicht abziehe.",
])
def test_an_announced_attack_or_a_conditional_measure_stays_a_threat(analyse_text, text):
    assert len(of_type(analyse_text(text), "THREATEN")) == 1


def test_without_the_rule_the_announced_measure_is_a_threat(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ANNOUNCED_MEASURE", False)
    evs = analyse_text("Die Europäische Union kündigte neue Sanktionen gegen Russland an.")
    assert of_type(evs, "THREATEN") and not of_type(evs, "SANCTION")
