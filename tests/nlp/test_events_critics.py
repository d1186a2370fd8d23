"""Critics the text does not name ("Kritiker werfen dem Minister vor …") are civilians (CVL) to the
coding guide, not the act's default doer (JUD for an accusation) nor another actor of the clause;
their genitive ("Kritiker des Kremls") is whom they oppose, not a body they act for. Twenty-second
session, helper F8 (source actors). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Niamey – Kritiker hatten dem Präsidenten vorgeworfen, sich bereichert zu haben.", "DISAPPROVE", ["NERCVL"]),
    ("Washington – Kritiker werfen Obama vor, die Entscheidung zu spät getroffen zu haben.", "DISAPPROVE",
     ["USACVL"]),
    ("Berlin – Kritiker warnen davor, die Trennung von Polizei und Geheimdiensten aufzuweichen.", "DISAPPROVE",
     ["DEUCVL"]),
])
def test_unnamed_critics_are_civilians(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_a_critic_before_a_name_is_that_person(analyse_text):
    acts = of_type(analyse_text("München – Der Vorstand hat seinen Kritiker Hans Bauer aufgefordert, sich zu "
                                "entschuldigen."), "DEMAND")
    assert acts and codes(acts[0]["target"]) == ["Hans Bauer"]


def test_without_the_rule_an_accusation_falls_to_the_prosecutors(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "CRITICS_CIVILIANS", False)
    acts = of_type(analyse_text("Niamey – Kritiker hatten dem Präsidenten vorgeworfen, sich bereichert zu haben."),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["NERJUD"]


def test_the_critics_genitive_is_whom_they_oppose(analyse_text):
    acts = of_type(analyse_text("Moskau – Kritiker des Kremls demonstrierten in Moskau gegen die Regierung."),
                   "PROTEST")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["RUSCVL"], ["RUSGOV"])


def test_without_the_genitive_rule_the_critics_become_the_government(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "OPPONENT_GENITIVE", False)
    acts = of_type(analyse_text("Moskau – Kritiker des Kremls demonstrierten in Moskau gegen die Regierung."),
                   "PROTEST")
    assert acts and codes(acts[0]["source"]) == ["RUSGOV"]
