"""A bare surname the knowledge base gives an office holder ("Morales": Evo Morales, Bolivia's
president at the test date) is the person the article names in full with another first name, even
one the KB lacks, when the office holder's country is named nowhere else in the article. Found on
gnad1 (a Guatemalan election story coded for Bolivia); eighteenth session. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp import coref


def _source(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    return [(a.get("name"), a.get("country")) for a in acts[0]["source"]]


@pytest.mark.parametrize("text, name, country", [
    ("Der Unternehmer Carlos Morales gewann die Bürgermeisterwahl in Guatemala-Stadt. "
     "Morales kritisierte die Regierung.", "Carlos Morales", "GTM"),
    ("Der Schauspieler Jimmy Morales trat in Guatemala zur Wahl an. "
     "Morales kritisierte den Präsidenten scharf.", "Jimmy Morales", "GTM"),
])
def test_a_surname_is_the_namesake_named_in_full(analyse_text, text, name, country):
    assert _source(analyse_text, text) == [(name, country)]


def test_the_office_holder_stays_when_the_article_named_him_with_his_role(analyse_text):
    # the president named with his role before his cousin: the bare surname stays his (since the
    # nineteenth session the test is the role, not whether Bolivia is named: NAMED_COUNTRY_NAMESAKE)
    text = ("Präsident Morales ernannte seine Cousine Ana Morales zur Botschafterin in La Paz. "
            "Morales kritisierte die Opposition.")
    assert _source(analyse_text, text) == [("Evo Morales", "BOL")]


def test_without_the_rule_the_surname_is_the_kb_office_holder(analyse_text, monkeypatch):
    monkeypatch.setattr(coref, "UNNAMED_COUNTRY_NAMESAKE", False)
    monkeypatch.setattr(coref, "NAMED_COUNTRY_NAMESAKE", False)
    text = ("Der Unternehmer Carlos Morales gewann die Bürgermeisterwahl in Guatemala-Stadt. "
            "Morales kritisierte die Regierung.")
    assert _source(analyse_text, text) == [("Evo Morales", "BOL")]
