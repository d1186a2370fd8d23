"""A demand told in the stretch of a condition ("wenn", "falls") or of a "würde" subjunctive is a supposed or
habitual demand, no call anyone made: "Die Netzbetreiber sperren nur, wenn sie dazu aufgefordert werden" names
when they would act, "Die Erpresser würden wohl weitere Forderungen stellen" guesses. Found reading the false
DEMAND alarms of the development parts (6 such predictions, all wrong; extract.SUPPOSED_DEMAND). Demands a
party may or will make ("könnte fordern", "wird fordern") and demands made stay. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Netzbetreiber wollen Webseiten nur dann sperren, wenn sie von einem Gericht dazu aufgefordert werden.",
    "Und die Erpresser würden vermutlich noch weitere Forderungen stellen.",
    "Die Ministerin sagte, falls die Gewerkschaft immer neue Forderungen stellt, gebe es keine Grundlage für Gespräche.",
    "Die Kunden würden dann zur Zahlung per Kreditkarte aufgefordert.",
])
def test_a_supposed_demand_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("text, modality", [
    ("Die Opposition hat am Montag eine Sondersitzung des Ausschusses beantragt.", "asserted"),
    ("Die Gewerkschaft forderte die Regierung auf, die Löhne zu erhöhen.", "asserted"),
    ("Russland könnte für seine Zustimmung einen hohen Preis fordern.", "hypothetical"),
    ("Die EU wird von Serbien die Auslieferung des Generals fordern.", "future"),
])
def test_demands_made_or_possible_stay(analyse_text, text, modality):
    acts = of_type(analyse_text(text), "DEMAND")
    assert len(acts) == 1 and acts[0]["modality"] == modality


def test_without_the_rule_the_condition_gives_a_demand(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SUPPOSED_DEMAND", False)
    acts = of_type(analyse_text("Und die Erpresser würden vermutlich noch weitere Forderungen stellen."), "DEMAND")
    assert acts and acts[0]["modality"] == "hypothetical"
