"""A verb that takes a dative object ("vorwerfen", "drohen", "widersprechen") after an inverted
subject: "Am Montag warf die Regierung der Opposition Verrat vor" is GOV > OPP; "der Opposition"
is the dative object, not the government's genitive (it was OPP > nobody). A verb without a
dative keeps the genitive ("kritisierte die Regierung der Ukraine"). Twentieth session, helper F9.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract, mentions


@pytest.mark.parametrize("text, kind, source, target", [
    ("Am Montag warf die Regierung der Opposition Verrat vor.", "DISAPPROVE", ["GOV"], ["OPP"]),
    ("Am Montag drohte die Regierung der Opposition mit harten Konsequenzen.", "THREATEN", ["GOV"], ["OPP"]),
    ("Am Dienstag widersprach die Polizei der Opposition energisch.", "REJECT", ["COP"], ["OPP"]),
])
def test_the_der_actor_after_an_inverted_subject_is_the_dative_object(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_a_verb_without_a_dative_keeps_the_genitive(analyse_text):
    acts = of_type(analyse_text("Am Montag kritisierte die Regierung der Ukraine die Opposition."), "DISAPPROVE")
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == ["UKRGOV"]


def test_without_the_mention_rule_the_opposition_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "DATIVE_AFTER_SUBJECT", False)
    acts = of_type(analyse_text("Am Montag warf die Regierung der Opposition Verrat vor."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["OPP"] and acts[0]["target"] == []


def test_without_the_clause_rule_the_object_is_read_as_a_genitive(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DATIVE_OBJECT", False)
    acts = of_type(analyse_text("Am Montag drohte die Regierung der Opposition mit harten Konsequenzen."), "THREATEN")
    assert acts and acts[0]["target"] == []
