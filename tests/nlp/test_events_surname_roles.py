"""A surname with a role the knowledge base codes by sector only ("Außenminister Kowalski": GOV, no
country), named in a headline before the full name ("Warschau – Der polnische Außenminister Jan
Kowalski …"), is the one person of that surname the article names in full with a country; it took
the article's setting instead (RUSGOV for a Polish minister in a story about Russia). Twenty-first
session (F2); found reading lagebild's output on 10kGNAD gnad2 332 ("Außenminister Zaorálek sieht
…"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions

HEADLINE = ("Außenminister Kowalski kritisiert Moskau scharf. Warschau – Der polnische Außenminister Jan "
            "Kowalski hat am Montag Russland scharf kritisiert.")


@pytest.mark.parametrize("text, trigger, source", [
    (HEADLINE, "kritisiert", ["POLGOV"]),
    ("Minister Novák verurteilt Moskau. Prag – Der tschechische Verteidigungsminister Petr Novák zeigte "
     "sich verärgert.", "verurteilt", ["CZEGOV"]),
])
def test_the_headline_surname_is_the_person_named_later(analyse_text, text, trigger, source):
    acts = [e for e in of_type(analyse_text(text), "DISAPPROVE") if e["trigger"]["text"] == trigger]
    assert acts
    assert codes(acts[0]["source"]) == source


def test_without_the_rule_the_surname_takes_the_setting(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "SURNAME_ROLES", False)
    acts = of_type(analyse_text(HEADLINE), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["RUSGOV"]
