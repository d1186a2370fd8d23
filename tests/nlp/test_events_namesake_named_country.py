"""A bare surname the knowledge base gives an office holder of a country the article names
("Fischer": Austria's Federal President Heinz Fischer in a story from Vienna) is the person the
text named in full before with that surname, unless the text named the office holder before with
a role ("Bundespräsident Fischer") or in full (coref.NAMED_COUNTRY_NAMESAKE). Found on 10kGNAD
("Ex-Telekom-Vorstand Rudolf Fischer … Fischer muss … fürchten" convicted the president; the case
of H4's unmerged mentions.NAMESAKES that coref.UNNAMED_COUNTRY_NAMESAKE left open); nineteenth
session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp import coref

TEXT = "Wien – Der frühere Manager Hans Fischer kritisierte die Regierung. Fischer kritisierte auch die Opposition."


def _last_source(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts
    return acts[-1]["source"][0]


@pytest.mark.parametrize("text, name", [
    (TEXT, "Hans Fischer"),
    ("Graz – Der Anwalt Peter Fischer vertritt den Konzern. Fischer kritisierte das Urteil des Gerichts.",
     "Peter Fischer"),
])
def test_a_surname_is_the_person_named_in_full_before(analyse_text, text, name):
    source = _last_source(analyse_text, text)
    assert source.get("name") == name and source.get("actor_code") != "AUTGOV"


@pytest.mark.parametrize("text", [
    # named with his role before the namesake
    "Bundespräsident Fischer besuchte Linz. Der Unternehmer Hans Fischer kritisierte die Regierung. "
    "Fischer kritisierte auch die Opposition.",
    # named in full before the namesake
    "Wien – Bundespräsident Heinz Fischer kritisierte die Regierung. Der Manager Hans Fischer schwieg. "
    "Fischer kritisierte auch die Opposition.",
])
def test_the_office_holder_named_before_keeps_the_surname(analyse_text, text):
    assert _last_source(analyse_text, text).get("actor_code") == "AUTGOV"


def test_a_surname_before_the_full_name_stays_the_office_holder(analyse_text):
    # only a person named in full before the surname is taken: a surname first may be the office holder
    text = "Fischer kritisierte die Regierung. Wien – Der frühere Bankmanager Karl Fischer steht vor Gericht."
    assert of_type(analyse_text(text), "DISAPPROVE")[0]["source"][0].get("actor_code") == "AUTGOV"


def test_without_the_rule_the_surname_is_the_office_holder(analyse_text, monkeypatch):
    monkeypatch.setattr(coref, "NAMED_COUNTRY_NAMESAKE", False)
    assert _last_source(analyse_text, TEXT).get("actor_code") == "AUTGOV"
