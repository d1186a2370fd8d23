"""A proper name is no compound of an act noun: "Podemos" ends in "Demos" but names a party. Found
reading lagebild's output on 10kGNAD articles (Spain's Podemos coded as a demonstration, twice).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Madrid – Die Linkspartei Podemos hat am Montag Gespräche mit den Sozialisten begonnen.",
    "Die Sozialisten kamen auf 89 Sitze, Podemos stellt 65 Sitze.",
])
def test_a_name_is_no_protest(analyse_text, text):
    assert of_type(analyse_text(text), "PROTEST") == []


def test_a_compound_act_noun_stays(analyse_text):
    acts = of_type(analyse_text("Am Sonntag zogen Tausende zu einer Großdemo gegen die Regierung."), "PROTEST")
    assert len(acts) == 1


def test_without_the_rule_the_name_is_a_protest(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NAME_NO_COMPOUND", False)
    assert of_type(analyse_text("Die Sozialisten kamen auf 89 Sitze, Podemos stellt 65 Sitze."), "PROTEST")
