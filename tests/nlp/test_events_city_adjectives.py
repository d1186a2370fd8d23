"""A city's adjective names where a sentence happens ("im Dresdner Stadtteil", "in der Kölner
Altstadt") and the country of an unknown body named with it ("die Hamburger Grünen"), also when the
recogniser tags the adjective with the noun after it or not at all. Thirteenth session; every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, country", [
    ("Im Dresdner Stadtteil Pieschen nahmen Polizisten zwei Männer fest.", "DEU"),
    ("Im Lyoner Vorort Vénissieux nahmen Polizisten zwei Männer fest.", "FRA"),
    ("In der Kölner Altstadt nahmen Polizisten zwei Männer fest.", "DEU"),
    ("Am Dresdner Hauptbahnhof nahmen Polizisten zwei Männer fest.", "DEU"),
])
def test_a_city_adjective_before_a_place_noun_places_the_sentence(analyse_text, text, country):
    evs = of_type(analyse_text(text), "COERCE")
    assert evs and actor_codes(evs[0]["source"]) == [country + "COP"]


def test_without_the_rule_the_police_have_no_country(analyse_text, monkeypatch):
    # Twenty-third session: the sentence was "Im Dresdner Stadtteil Pieschen …", where the shipped
    # weights tag "Dresdner Stadtteil Pieschen" as one place; the candidate weights (ship7-s1) tag
    # "Dresdner" alone (MISC), which the knowledge base links to Dresden without this rule. Both
    # weights tag "Dresdner Hauptbahnhof" (written for this test) as one place: with the rule off the
    # police have no country, with it on DEUCOP (the parametrized test)
    monkeypatch.setattr(mentions, "CITY_ADJECTIVES", False)
    evs = of_type(analyse_text("Am Dresdner Hauptbahnhof nahmen Polizisten zwei Männer fest."), "COERCE")
    assert evs and actor_codes(evs[0]["source"]) == ["COP"]
