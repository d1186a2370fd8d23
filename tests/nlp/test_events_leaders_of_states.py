"""Heads of state or government named in the plural with no country of their own ("die Staats- und
Regierungschefs", "die Regierungschefs") meet and decide for the international organisation the
article names most: in a story set in Greece about an EU summit they became the Greek government
("GRCGOV"), where the coders code the EU ("IGOEUREEC"). With no organisation named, or when the text
says which other states they lead ("die Regierungschefs der südosteuropäischen Staaten"), they are of
unknown country (``---GOV``); a quantified plural ("manche Staatschefs") too. A singular genitive
("des neuen Regierungschefs") is one government. Twenty-eighth session, helper e2. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_EU_LEAD = ("Athen – Die griechische Regierung hat am Montag mehr Hilfe der Europäischen Union gefordert. "
            "Die Europäische Union will die Außengrenzen besser schützen. ")
_PLAIN_LEAD = ("Athen – Die griechische Regierung hat am Montag mehr Hilfe für die Inseln gefordert. "
               "Die griechische Polizei räumte in Athen ein Lager. ")


@pytest.mark.parametrize("sentence", [
    "Beim Treffen der Staats- und Regierungschefs wurde über die Inseln beraten.",
    "Die Regierungschefs trafen sich am Dienstag zu einem Gipfel in Brüssel.",
])
def test_leaders_meet_for_the_organisation_the_article_names(analyse_text, sentence):
    acts = of_type(analyse_text(_EU_LEAD + sentence), "CONSULT")
    assert acts and codes(acts[-1]["source"]) == ["IGOEUREEC"]


@pytest.mark.parametrize("lead, sentence", [
    (_PLAIN_LEAD, "Die Staats- und Regierungschefs trafen sich am Dienstag zu einem Gipfel in Wien."),
    (_EU_LEAD, "Die Regierungschefs der südosteuropäischen Staaten trafen sich am Dienstag in Wien."),
    (_EU_LEAD, "Manche Staatschefs trafen sich am Dienstag zu einem Gipfel in Wien."),
])
def test_leaders_of_no_named_organisation_keep_no_country(analyse_text, lead, sentence):
    acts = of_type(analyse_text(lead + sentence), "CONSULT")
    assert acts and codes(acts[-1]["source"]) == ["GOV"]


def test_a_singular_genitive_is_one_government(analyse_text):
    acts = of_type(analyse_text(_EU_LEAD + "Die Opposition kritisierte die Pläne des neuen Regierungschefs "
                                "scharf."), "DISAPPROVE")
    assert acts and codes(acts[-1]["target"]) == ["GRCGOV"]


def test_without_the_rule_the_leaders_are_the_setting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LEADERS_OF_STATES", False)
    acts = of_type(analyse_text(_EU_LEAD + "Beim Treffen der Staats- und Regierungschefs wurde über die Inseln "
                                "beraten."), "CONSULT")
    assert acts and codes(acts[-1]["source"]) == ["GRCGOV"]
