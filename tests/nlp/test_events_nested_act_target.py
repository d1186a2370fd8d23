"""A "gegen" phrase of a hostile act noun in the genitive of another act noun ("die Aufhebung der
Sanktionen gegen Russland") belongs to the hostile noun: it is not the target of the clause's verb
(not the one asked to lift the sanctions), and the lifting is aimed at the party the sanctions hit
(extract.NESTED_ACT_TARGET, twenty-first session, F7). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, demander", [
    ("Italien sprach sich für die Aufhebung der Sanktionen gegen Russland aus.", "ITA"),
    ("Spanien forderte am Montag die Aufhebung des Embargos gegen Kuba.", "ESP"),
])
def test_the_sanctioned_party_is_not_the_one_asked(analyse_text, text, demander):
    evs = analyse_text(text)
    lift = of_type(evs, "CONCEDE")
    assert len(lift) == 1
    assert actor_codes(lift[0]["source"]) != ["RUS"] and actor_codes(lift[0]["source"]) != ["CUB"]
    assert actor_codes(lift[0]["target"]) in (["RUS"], ["CUB"])
    demand = of_type(evs, "DEMAND")
    assert demand and actor_codes(demand[0]["target"]) not in (["RUS"], ["CUB"])


@pytest.mark.parametrize("text, target", [
    ("Die EU beschloss die Lockerung der Sanktionen gegen den Iran.", ["IRN"]),
    ("Die EU hob die Sanktionen gegen Russland auf.", ["RUS"]),
])
def test_a_carried_lifting_keeps_its_target(analyse_text, text, target):
    acts = of_type(analyse_text(text), "CONCEDE")
    assert len(acts) == 1 and actor_codes(acts[0]["target"]) == target


def test_without_the_rule_the_sanctioned_party_lifts(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NESTED_ACT_TARGET", False)
    lift = of_type(analyse_text("Italien sprach sich für die Aufhebung der Sanktionen gegen Russland aus."), "CONCEDE")
    assert lift and actor_codes(lift[0]["source"]) == ["RUS"]
