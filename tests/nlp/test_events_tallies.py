"""A count of killings, attacks or arrests over a running period (a year, a whole conflict) is a
statistic, which the guide does not code, not one act reported (TALLY_PERIOD). One attack told with
its toll, and an act of the period told with its own day, stay events. Twenty-first session, F3
(precision); every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Seit Jahresbeginn wurden in der Provinz mehr als 300 Oppositionelle festgenommen.", "COERCE"),
    ("Bislang sind in dem Konflikt mindestens 12.000 Zivilisten getötet worden.", "ASSAULT"),
    ("In diesem Jahr wurden im Norden des Landes schon 57 Polizisten getötet.", "ASSAULT"),
])
def test_a_tally_over_a_period_is_no_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Am Montag wurden bei einem Anschlag auf einen Markt in Kabul 20 Menschen getötet.", "ASSAULT"),
    ("In diesem Jahr griffen die Rebellen die Hauptstadt am 3. Mai an.", "ASSAULT"),
    ("Die Polizei nahm im vergangenen Jahr den Anführer der Bande fest.", "COERCE"),
    # a double space the tagger reads as a number, and "eine", are no count
    ("Er sprach über die Männer, die beim Putsch in Mali im vergangenen Jahr  eine Rolle spielten.", "ASSAULT"),
])
def test_one_act_with_its_toll_or_without_a_count_stays(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1


def test_without_the_rule_the_tally_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TALLY_PERIOD", False)
    text = "Seit Jahresbeginn wurden in der Provinz mehr als 300 Oppositionelle festgenommen."
    assert len(of_type(analyse_text(text), "COERCE")) == 1
