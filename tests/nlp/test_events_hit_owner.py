"""The owner in the genitive of a thing a hostile act hits is the act's target, also when it is a
role word without a country ("griff die Stellungen der Rebellen an" is MIL > REB, not MIL > CVL).
The genitive of an act noun stays its doer, and the genitive of a subject is no target. Eighteenth
session, found probing genitives with sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Die Armee griff die Stellungen der Rebellen an.", "ASSAULT", ["MIL"], ["REB"]),
    ("Am Montag griff die Armee die Stellungen der Rebellen an.", "ASSAULT", ["MIL"], ["REB"]),
    ("Die Armee hat die Stellungen der Rebellen angegriffen.", "ASSAULT", ["MIL"], ["REB"]),
    ("Die Armee beschoss die Stützpunkte der Rebellen im Norden.", "ASSAULT", ["MIL"], ["REB"]),
    ("Die Polizei durchsuchte das Büro der Opposition.", "COERCE", ["COP"], ["OPP"]),
    ("Rebellen griffen einen Konvoi der Armee an.", "ASSAULT", ["REB"], ["MIL"]),
    ("Die Stellungen der Rebellen wurden von der Armee bombardiert.", "ASSAULT", ["MIL"], ["REB"]),
])
def test_the_owner_of_the_hit_thing_is_the_target(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_the_genitive_of_a_subject_is_no_target(analyse_text):
    acts = of_type(analyse_text("Die Kämpfer der Rebellen griffen das Dorf an."), "ASSAULT")
    assert len(acts) == 1
    assert "REB" not in codes(acts[0]["target"])


def test_the_genitive_of_an_act_noun_is_its_doer(analyse_text):
    acts = of_type(analyse_text("Die Armee verurteilte den Angriff der Rebellen."), "ASSAULT")
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == ["REB"]


def test_without_the_rule_the_owner_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "HOSTILE_OWNER_TARGET", False)
    acts = of_type(analyse_text("Die Armee griff die Stellungen der Rebellen an."), "ASSAULT")
    assert acts and "REB" not in codes(acts[0]["target"])
