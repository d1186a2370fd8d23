""""Die Republik" with no republic named before is the republic of the first place the text names
(a dateline "Wien –": Austria), not the paper's default home country (Germany). Session 22, helper
F6; found reading lagebild's output on 10kGNAD gnad1 914. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp import coref

_TEXT = "{} Die Opposition kritisierte am Montag die Republik wegen der Waffenlieferungen an die Emirate."


@pytest.mark.parametrize("dateline, target", [
    ("Wien –", ["AUT"]),
    ("Bern –", ["CHE"]),
])
def test_the_republic_is_the_first_places_country(analyse_text, dateline, target):
    acts = of_type(analyse_text(_TEXT.format(dateline)), "DISAPPROVE")
    assert acts and codes(acts[0]["target"]) == target


@pytest.mark.parametrize("dateline", ["", "Madrid –"])
def test_without_a_republics_place_the_home_country_stays(analyse_text, dateline):
    # no place, or the place of a kingdom: the paper's home, as before
    acts = of_type(analyse_text(_TEXT.format(dateline).strip()), "DISAPPROVE")
    assert acts and codes(acts[0]["target"]) == ["DEU"]


def test_without_the_rule_the_republic_is_the_home_country(analyse_text, monkeypatch):
    monkeypatch.setattr(coref, "REPUBLIC_FROM_PLACE", False)
    acts = of_type(analyse_text(_TEXT.format("Wien –")), "DISAPPROVE")
    assert acts and codes(acts[0]["target"]) == ["DEU"]
