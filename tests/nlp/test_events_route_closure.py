"""ROUTE_CLOSURE: a route closed to traffic coerces no one.

"sperren" and "absperren" name a COERCE (a closed border, a blocked website, a cordon against
people), but their ``without=`` lists knew routes only as whole words ("Straße", "Strecke"), so a
compound or a plural ("Südbahn", "überschwemmte Strecken", "U-Bahnlinien", "Herrengasse") made a
railway closed after an accident or a flood a COERCE. The coders code no road closure after an
accident; a clause word ending in a route noun (function_words.tsv ``route_head``) now blocks the
COERCE of both verbs. Borders and a closed square stay.
"""
from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Nach dem Zusammenstoß zweier Züge wurde die Westbahn für eine Woche gesperrt.",
    "Die Bahn hat wegen des Hochwassers mehrere Strecken in Bayern gesperrt.",
    "Wegen eines verdächtigen Pakets wurden die Straßenbahnlinien 3 und 7 gesperrt.",
    "Nach dem Brand sperrte die Feuerwehr die Bahnhofsgasse ab.",
])
def test_route_closed_is_no_coercion(analyse_text, text):
    assert not of_type(analyse_text(text), "COERCE")


@pytest.mark.parametrize("text", [
    "Ungarn sperrte am Dienstag die Grenze für Flüchtlinge.",
    "Die chinesischen Behörden sperrten den Zugang zu Wikipedia.",
])
def test_border_and_censorship_stay(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE")


def test_without_the_rule_it_is_a_coercion(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ROUTE_CLOSURE", False)
    assert of_type(analyse_text("Nach dem Zusammenstoß zweier Züge wurde die Westbahn für eine Woche gesperrt."), "COERCE")
