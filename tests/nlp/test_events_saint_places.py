"""A place whose name opens with a saint's title is one place however the title is written: "St.",
"St" and "Sankt" are the same word in place lookups. GeoNames and the knowledge base's lists write
one spelling ("Sankt Pölten", "Sankt Gallen", "St. Louis"), the news often the other, and an
Austrian state capital ("St. Pölten") was no place at all, so its people and police had no country.
Twenty-eighth session, helper e9. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.kb import lookup
from lagebild.kb.lookup import default_kb, saint_variants


@pytest.mark.parametrize("key, others", [
    ("st. pölten", ["st pölten", "sankt pölten"]),
    ("sankt gallen", ["st. gallen", "st gallen"]),
    ("stuttgart", []),
    ("st.", []),
])
def test_the_spellings_of_a_saints_title(key, others):
    assert saint_variants(key) == others


@pytest.mark.parametrize("text, code", [
    ("St. Pölten", "AUT"),    # towns.tsv has "Sankt Pölten"
    ("St Pölten", "AUT"),
    ("St. Gallen", "CHE"),    # places.tsv has "Sankt Gallen"
])
def test_the_abbreviated_title_finds_the_place(text, code):
    kb = default_kb()
    found = kb.candidates(text) or kb.town(text)
    assert found and found[0].country == code


@pytest.mark.parametrize("text, code", [
    ("In St. Pölten demonstrierten am Samstag Tausende Menschen gegen die Landesregierung.", "AUTCVL"),
    ("In St. Gallen demonstrierten am Samstag Tausende Menschen gegen die Kantonsregierung.", "CHECVL"),
])
def test_protesters_in_a_saints_town_are_of_its_country(analyse_text, text, code):
    acts = of_type(analyse_text(text), "PROTEST")
    assert acts and codes(acts[0]["source"]) == [code]


def test_without_the_rule_the_town_has_no_country(analyse_text, monkeypatch):
    monkeypatch.setattr(lookup, "SAINT_ABBREVIATION", False)
    monkeypatch.setattr(default_kb(), "_candidates_cache", {})  # the span's answer with the rule is cached
    acts = of_type(analyse_text("In St. Pölten demonstrierten am Montag Hunderte Menschen gegen die "
                                "Schließung einer Fabrik."), "PROTEST")
    assert acts and codes(acts[0]["source"]) != ["AUTCVL"]
