"""A clause opened by an unknown collective in "-schaft" ("Die Muslimbruderschaft kritisierte die
Armee") has it as the subject, not an abstract object fronted before the verb
(``SCHAFT_COLLECTIVE``); an army the words are aimed at is their target ("lobte die Armee",
``VERBAL_MIL_TARGETS``), while troops that are moved are still no party. Eighteenth session,
issue 10. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _codes(side):
    return [a.get("actor_code") or a.get("name") for a in side]


@pytest.mark.parametrize("text, kind, target", [
    ("Die Muslimbruderschaft kritisierte die Armee.", "DISAPPROVE", ["MIL"]),
    ("Die Burschenschaft lobte die Polizei.", "SUPPORT", ["COP"]),
    ("Die Bruderschaft kritisierte die Armee.", "DISAPPROVE", ["MIL"]),
])
def test_an_unknown_collective_is_the_subject(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert _codes(acts[0]["target"]) == target
    # the collective is the doer: unresolved, it is either left empty or reported by its own name
    # (the recogniser may tag "Muslimbruderschaft" as an organisation the KB lacks), never the army
    assert all(code in text for code in _codes(acts[0]["source"]))


@pytest.mark.parametrize("text, kind", [
    ("Der Präsident lobte die Armee.", "SUPPORT"),
    ("Die Opposition forderte die Armee zum Rückzug auf.", "DEMAND"),
])
def test_words_aimed_at_the_army_have_it_as_target(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert _codes(acts[0]["target"]) == ["MIL"]


def test_troops_moved_are_no_party(analyse_text):
    acts = of_type(analyse_text("Die Regierung verlegte Truppen an die Grenze."), "MOBILIZE")
    assert _codes(acts[0]["target"]) == []


def test_without_the_rules_the_army_criticises(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SCHAFT_COLLECTIVE", False)
    # a collective no recogniser tags as a name: the candidate weights of the 23rd session tag
    # "Muslimbruderschaft" as an organisation, which then is the critic whatever the rule says
    # (sentence written for this test; with both weights no entity, and right with the rule above)
    acts = of_type(analyse_text("Die Bruderschaft kritisierte die Armee."), "DISAPPROVE")
    assert _codes(acts[0]["source"]) == ["MIL"]
    monkeypatch.setattr(extract, "VERBAL_MIL_TARGETS", False)
    acts = of_type(analyse_text("Der Präsident lobte die Armee."), "SUPPORT")
    assert _codes(acts[0]["target"]) == []
