"""Tenth session, helper B: the countries of the actors of correctly typed events. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest


def _of_type(evs, type_):
    return [e for e in evs if e["type"] == type_]


def _countries(side):
    return sorted({(a.get("country") or (a.get("actor_code") or "")[:3]) for a in side})


# --- a country in the phrase that opens the sentence is the place of its unnamed doers
@pytest.mark.parametrize("text,type_,country", [
    ("In der Neujahrsnacht brannten in Hamburg mehrere Autos. Die Polizei in Bremen nahm zwei Männer fest. "
     "In Italien kam es zu schweren Ausschreitungen.", "PROTEST", "ITA"),
    ("Die Bundesregierung kritisierte die Zustände in Dresden. In Ungarn wurden am Montag zwanzig "
     "Demonstranten festgenommen.", "COERCE", "HUN"),
    ("In der Türkei protestierten am Sonntag Tausende Studenten gegen die Regierung.", "PROTEST", "TUR"),
])
def test_opening_country_places_the_unnamed_doers(analyse_text, text, type_, country):
    evs = _of_type(analyse_text(text), type_)
    assert evs and _countries(evs[-1]["source"]) == [country]


# --- a country later in the sentence names where one part happens, not whose the doers are
def test_country_inside_the_sentence_does_not_place_the_doers(analyse_text):
    evs = _of_type(analyse_text("Der Innenminister in Berlin lobte die Polizei. Die Lage bleibt angespannt. "
                                "Am Freitag wurden Ziele in Syrien angegriffen."), "ASSAULT")
    assert evs and "SYR" not in _countries(evs[0]["source"])
