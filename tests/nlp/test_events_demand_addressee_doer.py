"""The party a demand is addressed to ("verlangte von Syrien", "forderte Serbien auf") is whom the
demanded act is asked of: unnamed troops or police that are to do it are of the addressee's
country, not of the article's or the demander's. Twenty-first session, F9. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, demand_target, act, doer", [
    ("Die Bundesregierung verlangte von Syrien den Rückzug der Soldaten aus dem Libanon.",
     ["SYRMIL"], "RETREAT", ["SYRMIL"]),
    ("Großbritannien verlangte von Argentinien den Abzug der Truppen von den Inseln.",
     ["ARGMIL"], "RETREAT", ["ARGMIL"]),
])
def test_the_demanded_doer_is_of_the_addressees_country(analyse_text, text, demand_target, act, doer):
    evs = analyse_text(text)
    demands, acts = of_type(evs, "DEMAND"), of_type(evs, act)
    assert len(demands) == 1 and len(acts) == 1
    assert actor_codes(demands[0]["target"]) == demand_target
    assert actor_codes(acts[0]["source"]) == doer


@pytest.mark.parametrize("text, doer", [
    ("Die USA forderten den Abzug der russischen Truppen aus Georgien.", ["RUSMIL"]),  # a country of its own
])
def test_a_doer_with_its_own_country_keeps_it(analyse_text, text, doer):
    acts = of_type(analyse_text(text), "RETREAT")
    assert acts and actor_codes(acts[0]["source"]) == doer


def test_without_the_rule_the_troops_are_the_demanders(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DEMANDED_DOER_ADDRESSEE", False)
    acts = of_type(analyse_text("Großbritannien verlangte von Argentinien den Abzug der Truppen von den Inseln."),
                   "RETREAT")
    assert acts and actor_codes(acts[0]["source"]) == ["GBRMIL"]
