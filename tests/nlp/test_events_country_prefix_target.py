"""A country's own name opening a sanction compound names whom the sanctions hit ("die
Iran-Sanktionen", "verlängerte die Russland-Sanktionen"); an abbreviated prefix still names who
imposes them ("US-Sanktionen gegen Kuba") (extract COUNTRY_NAME_PREFIX_TARGET; twenty-first session,
F6, found in errors.py actors: "Die Russland-Sanktionen hätten sich … ausgewirkt" had no target).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, target", [
    ("Wien – Die Nordkorea-Sanktionen hätten kaum Wirkung gezeigt, sagte die Ministerin.", ["PRK"]),
    ("Brüssel – Die EU verlängerte die Russland-Sanktionen bis zum Sommer.", ["RUS"]),
])
def test_a_country_name_prefix_is_the_target(analyse_text, text, target):
    acts = of_type(analyse_text(text), "SANCTION")
    assert acts and codes(acts[0]["target"]) == target


def test_an_abbreviated_prefix_is_the_source(analyse_text):
    acts = of_type(analyse_text("Washington – Die US-Sanktionen gegen Venezuela bleiben bestehen."), "SANCTION")
    assert acts and codes(acts[0]["source"]) == ["USA"] and codes(acts[0]["target"]) == ["VEN"]


def test_without_the_rule_there_is_no_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COUNTRY_NAME_PREFIX_TARGET", False)
    acts = of_type(analyse_text("Brüssel – Die EU verlängerte die Russland-Sanktionen bis zum Sommer."), "SANCTION")
    assert acts and acts[0]["target"] == []
