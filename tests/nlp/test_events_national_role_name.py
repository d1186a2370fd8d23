"""A role noun of a country right before the name of a person the knowledge base does not know
("der US-Soldat Mario Lozano", "die italienische Journalistin Anna Bellini") says who the person is.
The noun and the name were two parties: the noun's actor (USAMIL) did the act and the person became
its target, with the article's setting as country (the American soldier became German in a story
set in Germany). The person now takes the noun's code, or its country where the noun names no
sector ("der US-Schauspieler"); a former role ("der ehemalige US-Justizminister")
gives the country only, and a body's noun ("die US-Regierung") is never the person after it.
Twenty-seventh session, helper e12. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions

_LEAD = "Berlin – Die Bundesregierung hat am Montag neue Regeln für Exporte beschlossen. "


@pytest.mark.parametrize("sentence, code", [
    ("Der US-Soldat Mario Lozano kritisierte die Bundesregierung scharf.", "USAMIL"),
    ("Die italienische Journalistin Anna Bellini kritisierte die Bundesregierung scharf.", "ITAMED"),
])
def test_a_national_role_before_an_unknown_name_is_that_person(analyse_text, sentence, code):
    acts = of_type(analyse_text(_LEAD + sentence), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == [code]
    assert codes(acts[-1]["target"]) == ["DEUGOV"]


@pytest.mark.parametrize("noun, country", [("US-Schauspieler", "USA"), ("kanadische Autor", "CAN")])
def test_a_noun_without_a_sector_gives_the_country(analyse_text, noun, country):
    acts = of_type(analyse_text(_LEAD + f"Der {noun} Jonah Pellman kritisierte die Bundesregierung scharf."),
                   "DISAPPROVE")
    assert acts and [(a.get("actor_code"), a.get("country")) for a in acts[-1]["source"]] == [(None, country)]


def test_a_former_role_gives_the_country_only(analyse_text):
    acts = of_type(analyse_text(_LEAD + "Der ehemalige US-Justizminister Walter Brennick kritisierte die "
                                "Bundesregierung scharf."), "DISAPPROVE")
    assert acts and [(a.get("actor_code"), a.get("country")) for a in acts[-1]["source"]] == [(None, "USA")]


def test_a_body_noun_is_not_the_person_after_it(analyse_text):
    acts = of_type(analyse_text(_LEAD + "Im Jahr 2009 kritisierte die US-Regierung Karim Sadeghi scharf."),
                   "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["USAGOV"]


def test_without_the_rule_the_role_and_the_name_are_two_parties(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "NATIONAL_ROLE_BEFORE_NAME", False)
    acts = of_type(analyse_text(_LEAD + "Der US-Soldat Mario Lozano kritisierte die Bundesregierung scharf."),
                   "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["USAMIL"]
    assert "Mario Lozano" in codes(acts[-1]["target"])
