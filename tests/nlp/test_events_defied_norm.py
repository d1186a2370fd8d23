"""Defying a ruling, a ban or an order is a refusal (REJECT) of the one who defies it: a clause whose
"trotz" phrase names a ruling, ban or order (defied_norm in function_words.tsv) and whose verb is no act
of its own ("hat trotz eines Urteils nicht gezahlt", "will trotz eines Moratoriums den Walfang
erlauben") had no event; the coders of dev, dev2 and gnad5 code it REJECT (the guide: defying a norm is
REJECT). A clause that names an act of its own keeps only that act, a warning defied is no refusal, and a
clause with no actor defies nothing. Twenty-fifth session, helper e10 (extract.DEFIED_NORM). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, verb", [
    ("Die Regierung hat trotz eines Urteils des Verfassungsgerichts die Gelder nicht ausgezahlt.", "ausgezahlt"),
    ("Trotz eines Verbots des Gerichts will die Partei ihren Kandidaten aufstellen.", "aufstellen"),
    ("Die Firma hat trotz eines Urteils des Landgerichts die Löhne nicht gezahlt.", "gezahlt"),
])
def test_defying_a_ruling_or_ban_is_a_refusal(analyse_text, text, verb):
    acts = of_type(analyse_text(text), "REJECT")
    assert [e for e in acts if e["trigger"]["text"] == verb and not e["negated"]]


@pytest.mark.parametrize("text", [
    "Trotz des Urteils bleibt die Lage in der Stadt unklar.",
    "Der Häftling floh trotz einer Warnung der Wärter über die Mauer.",
])
def test_no_refusal_without_a_defier_or_with_a_warning(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


def test_an_act_of_its_own_stays_the_clause_s_event(analyse_text):
    evs = analyse_text("Trotz des Verbots demonstrierten am Sonntag Tausende in der Hauptstadt.")
    assert of_type(evs, "PROTEST") and not of_type(evs, "REJECT")


def test_without_the_rule_defiance_is_no_event(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DEFIED_NORM", False)
    evs = analyse_text("Die Regierung hat trotz eines Urteils des Verfassungsgerichts die Gelder nicht ausgezahlt.")
    assert not of_type(evs, "REJECT")
