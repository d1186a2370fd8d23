"""In a text about refugees (a refugee noun at least twice), a coercive measure that names no one it
hits (a cap, daily quotas, a fence, deportations in general) is aimed at the refugees and migrants,
whose country is unknown ("CVL" with no country, as the gnad2-gnad4 coders code it), not at the
civilians of the country that takes it ("AUTCVL"). Outside such a text the default stays, and so it does
for a ban of assemblies or surveillance, which hit the country's own people.
Flag extract.REFUGEE_TEXT_MEASURES; twenty-fifth session, helper e4. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_LEAD = ("Wien – Immer mehr Flüchtlinge kommen über die Balkanroute nach Österreich. "
         "Viele der Migranten wollen weiter nach Deutschland. ")


@pytest.mark.parametrize("last", [
    "Die österreichische Regierung führt ab Montag eine Obergrenze ein.",
    "Ab Montag verschärft Österreich seine Asylpolitik.",
    "Die österreichische Regierung schränkt den Transit ab Montag ein.",
])
def test_a_measure_in_a_refugee_text_hits_people_of_no_known_country(analyse_text, last):
    acts = of_type(analyse_text(_LEAD + last), "COERCE")
    assert acts and codes(acts[-1]["target"]) == ["CVL"]


def test_outside_a_refugee_text_the_measure_hits_the_countrys_civilians(analyse_text):
    acts = of_type(analyse_text("Wien – Die Preise für Strom steigen weiter. "
                                "Ab Montag verschärft Österreich seine Asylpolitik."), "COERCE")
    assert acts and codes(acts[-1]["target"]) == ["AUTCVL"]


@pytest.mark.parametrize("last", [
    "In Teilen von Wien sind Kundgebungen seit Sonntag untersagt.",
    "Das Demonstrationsverbot in der Innenstadt gilt bis Montag.",
])
def test_a_ban_of_assemblies_hits_the_countrys_civilians(analyse_text, last):
    acts = of_type(analyse_text(_LEAD + last), "COERCE")
    assert acts and codes(acts[-1]["target"]) == ["AUTCVL"]


def test_without_the_rule_the_measure_hits_the_countrys_civilians(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REFUGEE_TEXT_MEASURES", False)
    acts = of_type(analyse_text(_LEAD + "Ab Montag verschärft Österreich seine Asylpolitik."), "COERCE")
    assert acts and codes(acts[-1]["target"]) == ["AUTCVL"]
