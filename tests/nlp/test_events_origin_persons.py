"""A place after a private person and "aus" ("ein Mann aus Köln", "zwei Ingenieure aus Frankreich")
says where the person comes from: an act on the person hits a civilian of that place's country, not
the town or the country itself. Found reading lagebild's output on uncoded Wikinews articles ("Im
Irak wurden zwei deutsche Ingenieure aus Leipzig entführt" had the target DEU/Leipzig). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, target", [
    ("Die Polizei nahm am Montag einen Mann aus Köln fest.", "COERCE", ["DEUCVL"]),
    ("Die Polizei in Wien nahm am Freitag eine Touristin aus der Schweiz fest.", "COERCE", ["CHECVL"]),
    ("Ein Mann aus Köln wurde in Paris von der Polizei festgenommen.", "COERCE", ["DEUCVL"]),
])
def test_the_person_from_a_place_is_a_civilian_of_its_country(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target


@pytest.mark.parametrize("text, kind, source", [
    ("Ein Mann aus Köln wurde in Paris von der Polizei festgenommen.", "COERCE", ["FRACOP"]),
    ("Die Polizei in Wien nahm am Freitag eine Touristin aus der Schweiz fest.", "COERCE", ["AUTCOP"]),
])
def test_the_doer_keeps_its_own_country(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text, kind, target", [
    # a place after "aus" with no person before it is still the party ("Waren aus China")
    ("Die Regierung verbannte Waren aus China.", "COERCE", ["CHN"]),
])
def test_no_person_no_origin(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert acts and actor_codes(acts[0]["target"]) == target


def test_without_the_rule_the_town_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ORIGIN_CIVILIANS", False)
    acts = of_type(analyse_text("Die Polizei nahm am Montag einen Mann aus Köln fest."), "COERCE")
    assert acts and actor_codes(acts[0]["target"]) != ["DEUCVL"]
