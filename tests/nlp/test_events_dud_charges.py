"""A charge that did not go off ("ein Sprengsatz, der nicht explodiert war", "Die Granate explodierte nicht") is
a thing found, no attack reported as not done: no negated ASSAULT from "explodieren" (extract.DUD_NO_ATTACK).
Found reading the false ASSAULT alarms of the development parts (dev, gnad2: 2 predictions, both wrong). A bomb
that went off and other denied attacks stay. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "In der Nähe des Bahnhofs fanden Ermittler einen zweiten Sprengsatz, der nicht explodiert war.",
    "Die Rohrbombe explodierte nicht, weil der Zünder defekt war.",
    "Der Sprengsatz vor dem Rathaus ist glücklicherweise nicht explodiert.",
])
def test_a_dud_is_no_attack(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT") == []


@pytest.mark.parametrize("text, negated", [
    ("In Kabul explodierte am Dienstag eine Autobombe vor dem Innenministerium.", False),
    ("Die Polizei hat in Kabul keine Angriffe auf Demonstranten verübt.", True),
])
def test_explosions_and_denied_attacks_stay(analyse_text, text, negated):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1 and acts[0]["negated"] is negated


def test_without_the_rule_a_dud_is_a_negated_attack(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DUD_NO_ATTACK", False)
    acts = of_type(analyse_text("Die Rohrbombe explodierte nicht, weil der Zünder defekt war."), "ASSAULT")
    assert acts and acts[0]["negated"]
