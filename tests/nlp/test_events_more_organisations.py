"""Organisations that recur in the news but that the actor KB did not know got the setting's
country and no sector ("Bundesheer" -> a bare AUT, "VKI", "EPA", "PiS" unresolved): Austria's
army, supreme court and anti-corruption prosecutors, its consumers' association, the US
environment agency and a few parties are now lines of organisations.tsv (public facts; each
name occurs in three or more articles of the uncoded news and the development parts). "Oberster
Gerichtshof" stays out: every country has one. Twenty-eighth session, helper e8. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

_LEAD = "Wien – In Österreich wird über ein neues Gesetz gestritten. "


@pytest.mark.parametrize("name, code", [
    ("Das Bundesheer", "AUTMIL"),
    ("Der OGH", "AUTJUD"),
    ("Die WKStA", "AUTJUD"),
    ("Der VKI", "AUTNGO"),
    ("Die KPÖ", "AUTPTY"),
    ("Die US-Umweltbehörde EPA", "USAGOV"),
    ("Die NPD", "DEUPTY"),
    ("Die PDS", "DEUPTY"),
    ("Die PiS", "POLPTY"),
])
def test_a_known_organisation_has_its_code(analyse_text, name, code):
    acts = of_type(analyse_text(_LEAD + name + " kritisierte am Montag die Regierung in Wien scharf."), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == [code]


def test_a_supreme_court_of_another_country_keeps_its_country(analyse_text):
    acts = of_type(analyse_text("Washington – Der Oberste Gerichtshof in den USA hat die Regierung in Washington "
                                "scharf kritisiert."), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) != ["AUTJUD"]
