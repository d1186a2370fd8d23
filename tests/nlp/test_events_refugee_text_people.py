"""In a text about refugees (a refugee noun at least twice), the bare "Menschen", "Hunderte",
"Tausende" whom a measure or aid is done to are the refugees, whose country is unknown ("CVL" with no
country, as the gnad2-gnad4 coders code them), not civilians of the place or setting. Elsewhere
they stay the setting's civilians. Flag extract.REFUGEE_TEXT_PEOPLE; twenty-fifth session, helper e4.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_LEAD = ("Athen – Immer mehr Flüchtlinge warten an der Grenze im Norden Griechenlands. "
         "Viele Migranten schlafen im Freien. ")


@pytest.mark.parametrize("last, type_", [
    ("Die griechische Polizei nahm am Montag mehrere Menschen fest.", "COERCE"),
    ("Die griechische Regierung schickte am Montag Hilfe für Tausende Menschen.", "AID"),
])
def test_people_in_a_refugee_text_are_of_no_known_country(analyse_text, last, type_):
    acts = of_type(analyse_text(_LEAD + last), type_)
    assert acts and codes(acts[-1]["target"]) == ["CVL"]


def test_people_outside_a_refugee_text_are_the_settings_civilians(analyse_text):
    acts = of_type(analyse_text("Athen – Die Preise für Strom steigen weiter. "
                                "Die griechische Polizei nahm am Montag mehrere Menschen fest."), "COERCE")
    assert acts and codes(acts[-1]["target"]) == ["GRCCVL"]


def test_without_the_rule_the_people_are_the_settings_civilians(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REFUGEE_TEXT_PEOPLE", False)
    acts = of_type(analyse_text(_LEAD + "Die griechische Polizei nahm am Montag mehrere Menschen fest."), "COERCE")
    assert acts and codes(acts[-1]["target"]) == ["GRCCVL"]
