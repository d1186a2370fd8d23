"""A hostile act noun whose genitive is what it hits (gen=patient: "Beschuss", "Bombardierung")
names the hit thing in its genitive or von-phrase, and the owner of that thing is the target:
"Der Artilleriebeschuss von Stellungen der YPG werde fortgesetzt" (gnad2) was REB > CVL, as were
"Der Beschuss der Stellungen der Rebellen …" and "Die Bombardierung von Stellungen der Taliban …"
(extract.PATIENT_NOUN_THING). Nineteenth session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _targets(analyse_text, text):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    return [a.get("actor_code") for a in acts[0]["target"]]


@pytest.mark.parametrize("text, target", [
    ("Der Beschuss der Stellungen der Rebellen wurde fortgesetzt.", ["REB"]),
    ("Die Armee setzte den Beschuss von Stellungen der Rebellen fort.", ["REB"]),
    ("Die Bombardierung von Stellungen der Taliban dauert an.", ["AFGREB"]),
])
def test_the_owner_of_the_shelled_thing_is_the_target(analyse_text, text, target):
    assert _targets(analyse_text, text) == target


def test_the_von_phrase_of_an_attack_noun_is_not_taken(analyse_text):
    # "Angriff" has no patient genitive: "Angriffe von Kämpfern der Rebellen" names the doers
    acts = of_type(analyse_text("Die Angriffe von Kämpfern der Rebellen dauern an."), "ASSAULT")
    assert acts and "REB" not in [a.get("actor_code") for a in acts[0]["target"]]


def test_without_the_rule_the_target_is_civilians(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PATIENT_NOUN_THING", False)
    assert _targets(analyse_text, "Der Beschuss der Stellungen der Rebellen wurde fortgesetzt.") == ["CVL"]
