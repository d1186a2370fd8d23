"""A bomb squad blowing up a found device is no attack: "sprengen" with the words of bomb disposal
in its clause ("kontrolliert gesprengt", "der Kampfmittelräumdienst", "die Fliegerbombe":
without= on sprengen in triggers.tsv) is no ASSAULT; blowing up a bridge or oneself stays one.
Nineteenth session, precision second round. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Der Sprengsatz konnte von der Polizei kontrolliert gesprengt werden.",
    "Der Kampfmittelräumdienst sprengte die Fliegerbombe am Sonntag.",
    "Experten des Entschärfungsdienstes der Polizei haben die Handgranate am Morgen vor dem Asylheim gesprengt.",
])
def test_bomb_disposal_is_no_attack(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "Rebellen sprengten am Montag eine Brücke in Homs.",
    "Ein Attentäter sprengte sich vor der Polizeikaserne in Kabul in die Luft.",
])
def test_blowing_up_a_target_stays_an_attack(analyse_text, text):
    assert len(of_type(analyse_text(text), "ASSAULT")) == 1
