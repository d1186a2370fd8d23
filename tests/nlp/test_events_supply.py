"""Supplying arms or goods to a party ("beliefern … mit Waffen") is AID to it; a firm supplying
shops is no event (the obj= stems of triggers.tsv). Stopping one's own aid ("stellten ihre
Militärhilfe für Ägypten ein") hits its recipient (OBJECT_NOUN_PHRASES). Eighteenth session, issue
10. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, source, target", [
    ("Der Iran belieferte die Hisbollah mit Raketen.", ["IRN"], ["LBNREB"]),
    ("Russland beliefert die syrische Armee seit Jahren mit Munition.", ["RUS"], ["SYRMIL"]),
])
def test_supplying_arms_is_aid(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "AID")
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["source"]] == source
    assert [a.get("actor_code") for a in acts[0]["target"]] == target


def test_supplying_shops_is_no_event(analyse_text):
    assert analyse_text("Der Konzern beliefert Supermärkte in ganz Europa.") == []


@pytest.mark.parametrize("text", [
    "Die USA haben ihre Militärhilfe für Ägypten eingestellt.",
    "Die USA setzten ihre Zahlungen an Ägypten aus.",
])
def test_stopping_own_aid_hits_its_recipient(analyse_text, text):
    acts = of_type(analyse_text(text), "SANCTION")
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["target"]] == ["EGY"]


def test_without_the_rule_the_possessive_keeps_the_recipient(analyse_text, monkeypatch):
    from lagebild.nlp.events import extract
    monkeypatch.setattr(extract, "OBJECT_NOUN_PHRASES", False)
    acts = of_type(analyse_text("Die USA haben ihre Militärhilfe für Ägypten eingestellt."), "SANCTION")
    assert acts[0]["target"] == []
