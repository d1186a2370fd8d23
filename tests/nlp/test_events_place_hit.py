"""The country of the city an attack took place in is its target only when the clause names no one
else who was hit: "Taliban haben in Kabul zwei Soldaten getötet" hits soldiers (of Afghanistan, by
the place), "bombardierte ein Krankenhaus in Mariupol" hits Ukraine. Nineteenth session, issue 10
(found probing own sentences). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, target", [
    ("Taliban haben in Kabul zwei Soldaten getötet.", ["AFGMIL"]),
    ("Die Armee hat in Goma zwei Rebellen getötet.", ["CODREB"]),
    ("Rebellen griffen in Goma einen Polizisten an.", ["CODCOP"]),
])
def test_whom_the_clause_names_is_hit_not_the_city(analyse_text, text, target):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1 and codes(acts[0]["target"]) == target


@pytest.mark.parametrize("text, target", [
    ("Russland bombardierte ein Krankenhaus in Mariupol.", ["UKR"]),
    ("Die Luftwaffe bombardierte eine Schule in Aleppo.", ["SYR"]),
])
def test_with_no_one_named_the_city_country_is_hit(analyse_text, text, target):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1 and codes(acts[0]["target"]) == target


def test_without_the_rule_the_city_country_crowds_out_the_soldiers(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ASSAULT_PLACE_LAST", False)
    acts = of_type(analyse_text("Taliban haben in Kabul zwei Soldaten getötet."), "ASSAULT")
    assert acts and codes(acts[0]["target"]) == ["AFG"]
