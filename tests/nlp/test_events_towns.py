"""Generic agents take the country of a town that only GeoNames' long list knows ("in Erigabo"),
and such a town is a weak vote for where a story happens. Twelfth session; every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text,type_,code", [
    ("In Erigabo nahmen Polizisten am Montag zwei Männer fest.", "COERCE", "SOMCOP"),
    ("In der Hafenstadt Bengasi demonstrierten am Freitag Tausende gegen die Regierung.", "PROTEST", "LBYCVL"),
    ("Soldaten besetzten am Sonntag die Innenstadt von Falludscha.", "ASSAULT", "IRQMIL"),
])
def test_a_generic_agent_takes_the_country_of_the_town(analyse_text, text, type_, code):
    evs = of_type(analyse_text(text), type_)
    assert evs and code in actor_codes(evs[0]["source"])


@pytest.mark.parametrize("text,type_,code", [
    ("Ein Moskauer Gericht verurteilte den Oppositionellen zu drei Jahren Haft.", "SANCTION", "RUSJUD"),
    ("Die Londoner Polizei nahm am Samstag zwei Männer fest.", "COERCE", "GBRCOP"),
    ("Die Pekinger Führung kritisierte die Wahl scharf.", "DISAPPROVE", "CHNGOV"),
])
def test_a_city_adjective_gives_the_agent_its_country(analyse_text, text, type_, code):
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["source"]) == [code]


def test_a_place_named_after_a_city_of_several_countries_is_in_the_capitals(analyse_text):
    # London is also a town in Ontario: a place named after it is in England
    evs = of_type(analyse_text("Die Polizei sperrte den Bahnhof der London Overground nach einem Brand ab."), "COERCE")
    assert evs and actor_codes(evs[0]["source"]) == ["GBRCOP"]
