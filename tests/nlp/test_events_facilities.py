"""A building or vehicle of a state body named by its first part ("Polizeiwache", "Militärkonvoi",
"Armeestützpunkt", "Regierungsgebäude") stands for that body as the one an attack hits, never as
the subject that acts (``FACILITY_COMPOUNDS``, facility_head in function_words.tsv); a patrol
("Polizeistreife") is a unit that acts. Eighteenth session, issue 10; the coders code attacks on
police stations and army posts as aimed at COP and MIL (dev, dev4, gnad1). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import mentions


def _codes(side):
    return [a.get("actor_code") for a in side]


@pytest.mark.parametrize("text, target", [
    ("Rebellen griffen eine Polizeistation an.", "COP"),
    ("Aufständische haben einen Militärkonvoi überfallen.", "MIL"),
    ("Extremisten attackierten einen Armeestützpunkt.", "MIL"),
    ("Mitglieder einer Bande hatten Polizeiwachen gestürmt.", "COP"),
])
def test_an_attack_on_a_facility_hits_its_body(analyse_text, text, target):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    assert _codes(acts[0]["target"]) == [target]
    assert _codes(acts[0]["source"]) == ["REB"]


@pytest.mark.parametrize("text", [
    "Eine Polizeistreife nahm den Mann fest.",
    "Der Mann wurde von einer Polizeistreife festgenommen.",
])
def test_a_patrol_acts(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert _codes(acts[0]["source"]) == ["COP"]


def test_without_the_rule_a_facility_is_no_party(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "FACILITY_COMPOUNDS", False)
    acts = of_type(analyse_text("Rebellen griffen eine Polizeistation an."), "ASSAULT")
    assert _codes(acts[0]["target"]) != ["COP"]
