"""Organisations the news names again and again resolve to their actor (session 29, helper K1: a
census of organisation mentions without an actor code over the Wikinews and 10kGNAD articles;
``lagebild/resources/de/actors/organisations.tsv`` and ``companies.tsv``): a news agency is its
country's media, a union its country's labour, a football club a business (as the events gold
codes clubs). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.kb.lookup import default_kb


@pytest.mark.parametrize("text, code", [
    ("Anadolu", "TURMED"),
    ("GPA-djp", "AUTLAB"),
    ("IG Metall", "DEULAB"),
    ("Team Stronach", "AUTPTY"),
    ("Bündnis 90", "DEUPTY"),
    ("NASA", "USAGOV"),
    ("VfB Stuttgart", "DEUBUS"),
])
def test_recurring_organisation_resolves(text, code):
    res = default_kb().resolve(text, "ORG", "2015-06-01")
    assert res is not None and res.actor["actor_code"] == code


def test_a_spanish_party_named_by_its_acronym_is_spanish(analyse_text):
    acts = of_type(analyse_text("Madrid – Die PSOE kritisierte am Montag die Regierung in Rom scharf."),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["ESPPTY"]
