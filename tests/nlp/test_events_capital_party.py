"""A capital after a preposition of a party ("verhandelte mit Moskau", "Gespräche mit Peking", "Kritik
an Berlin") stands for its state, as "mit Russland" does: it is the act's counterpart, not a place
(extract.CAPITAL_PARTY). A place preposition ("reiste nach Moskau"), a city that is no capital and an
organisation's seat ("mit Brüssel") are left as they were. Twenty-second session, helper F3 (targets);
found in the 10kGNAD development part gnad3 ("in Gesprächen mit Peking"). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Der österreichische Außenminister verhandelte am Montag mit Moskau über Gaslieferungen.", "CONSULT",
     ["AUTGOV"], ["RUS"]),
    ("Die deutsche Regierung führte am Dienstag Gespräche mit Peking.", "CONSULT", ["DEUGOV"], ["CHN"]),
    ("Die polnische Regierung protestierte gegenüber Washington gegen die Pläne.", "DISAPPROVE",
     ["POLGOV"], ["USA"]),
])
def test_a_capital_after_a_party_preposition_is_the_counterpart(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_talks_with_a_capital_have_that_state_as_counterpart(analyse_text):
    acts = of_type(analyse_text("Der französische Präsident lobte die Gespräche mit Ankara."), "CONSULT")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (["FRAGOV"], ["TUR"])


@pytest.mark.parametrize("text, kind, target", [
    ("Der österreichische Außenminister reiste am Montag nach Moskau.", "CONSULT", ["RUS"]),
    ("Der spanische Außenminister verhandelte mit Barcelona über die Autonomie.", "CONSULT", []),
])
def test_place_prepositions_and_other_cities_are_unchanged(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target


def test_an_organisations_seat_is_no_state(analyse_text):
    acts = of_type(analyse_text("Der britische Premierminister verhandelte mit Brüssel über den Austritt."),
                   "CONSULT")
    assert len(acts) == 1
    assert "BEL" not in actor_codes(acts[0]["target"])


def test_without_the_rule_the_capital_is_a_place(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CAPITAL_PARTY", False)
    acts = of_type(analyse_text("Der österreichische Außenminister verhandelte am Montag mit Moskau über "
                                "Gaslieferungen."), "CONSULT")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == []
