"""A fight against a policy or an ill is no attack: "Die Piloten kämpfen auch gegen die Strategie
des Managements" (10kGNAD) was ASSAULT > CVL by default. When the opponent a fight verb's
preposition names (prep= of its line in triggers.tsv: "kämpfen gegen") is a noun no actor covers
and the text names no target, the ASSAULT is dropped (extract.ABSTRACT_OPPONENT). Eighteenth
session; found reading lagebild's output on 10kGNAD Wirtschaft articles. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft kämpft gegen die Reform der Regierung.",
    "Die Regierung kämpft seit Jahren gegen die Arbeitslosigkeit.",
])
def test_a_fight_against_a_thing_is_no_attack(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Die Soldaten kämpften gegen die Aufständischen.",
    "Die Armee nahm das Dorf unter Beschuss.",  # an idiom (obj=) is no opponent phrase
    "Er plante, einen Anschlag gegen das Gebäude zu verüben.",  # a light verb carrying an attack noun
])
def test_fights_against_parties_and_attacks_stay(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT")


def test_without_the_rule_the_fight_is_an_attack(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ABSTRACT_OPPONENT", False)
    assert of_type(analyse_text("Die Regierung kämpft seit Jahren gegen die Arbeitslosigkeit."), "ASSAULT")
