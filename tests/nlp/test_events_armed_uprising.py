"""An uprising of armed men ("der Aufstand der Rebellen" in a civil war, a "Militäraufstand", "ein gewaltsamer
Aufstand", an uprising a militia takes part in) is fighting, ASSAULT, aimed at the state; the rules had every
"Aufstand" and "Revolte" as a riot (PROTEST). The guide's riot rule makes concrete violence ASSAULT, and the
gnad3 and gnad6 coders code armed uprisings so. A civil "Aufstand gegen die Regierung" stays PROTEST.
Twenty-seventh session, helper e5. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Manila – Im Süden des Landes dauert der Aufstand islamistischer Rebellen seit Jahren an.",
    "Lima – Der Präsident wurde am Montag durch einen Militäraufstand entmachtet.",
    "Bamako – Im Norden des Landes tobt seit Wochen ein gewaltsamer Aufstand gegen die Regierung.",
    "Sanaa – Der Aufstand, an dem sich auch eine Miliz aus dem Norden beteiligt, breitet sich aus.",
])
def test_an_armed_uprising_is_an_attack(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "ASSAULT") and not of_type(evs, "PROTEST")


def test_an_armed_uprising_is_aimed_at_the_state(analyse_text):
    acts = of_type(analyse_text("Manila – Im Süden des Landes dauert der Aufstand islamistischer Rebellen seit "
                                "Jahren an."), "ASSAULT")
    assert acts and codes(acts[0]["target"]) == ["PHLGOV"]


def test_a_civil_uprising_stays_a_protest(analyse_text):
    evs = analyse_text("Rangun – Studenten und Arbeiter hatten sich 1988 in einem Aufstand gegen die Regierung "
                       "erhoben.")
    assert of_type(evs, "PROTEST") and not of_type(evs, "ASSAULT")


def test_without_the_rule_an_armed_uprising_is_a_riot(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ARMED_UPRISING", False)
    evs = analyse_text("Lima – Der Präsident wurde am Montag durch einen Militäraufstand entmachtet.")
    assert of_type(evs, "PROTEST") and not of_type(evs, "ASSAULT")
