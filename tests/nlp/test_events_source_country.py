"""Source countries (issue 10, tuple accuracy): a person the knowledge base does not know is of
the article's setting, not of the city the clause names; the role nouns of an organisation's member
states act for the organisation. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import agents, mentions

_PERSON_ABROAD = [
    ("In Linz protestierten am Samstag Hunderte Bauern gegen neue Auflagen der Regierung in Wien. "
     "Am Montag bat Bauernvertreter Matthias Hinterleitner in Brüssel die EU-Kommission um Hilfe.",
     "DEMAND", "Matthias Hinterleitner"),
    ("In Graz demonstrierten am Sonntag Tausende gegen die Regierung in Wien. Die Polizei in Graz nahm "
     "zwei Männer fest. Der Aktivist Florian Gruberbauer kritisierte am Montag in Berlin den Kanzler.",
     "DISAPPROVE", "Florian Gruberbauer"),
]

_MEMBER_STATES = [
    ("Die Innenminister der Mitgliedsländer der Nato trafen sich am Montag in Oslo.", "CONSULT", "IGOWSTNAT"),
    ("Die Verteidigungsminister der Mitgliedstaaten der Europäischen Union haben sich in Wien darauf "
     "geeinigt, Soldaten nach Mali zu schicken.", "AGREE", "IGOEUREEC"),
    ("Die Regierungen der Mitgliedstaaten der Afrikanischen Union verurteilten den Putsch in Niger.",
     "DISAPPROVE", "IGOAFRAFU"),
]


def _source_country(evs, name):
    """The country of the source participant called ``name``."""
    return [a.get("country") for a in evs[-1]["source"] if a.get("name") == name]


@pytest.mark.parametrize("text, type_, name", _PERSON_ABROAD)
def test_unknown_person_is_of_the_setting_not_of_the_clause_place(analyse_text, text, type_, name):
    evs = of_type(analyse_text(text), type_)
    assert evs and _source_country(evs, name) == ["AUT"], evs


def test_unknown_person_takes_the_clause_place_with_the_rule_off(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "PERSON_SETTING", False)
    text, type_, name = _PERSON_ABROAD[0]
    evs = of_type(analyse_text(text), type_)
    assert evs and _source_country(evs, name) != ["AUT"], evs


@pytest.mark.parametrize("text, type_, code", _MEMBER_STATES)
def test_ministers_of_member_states_act_for_the_organisation(analyse_text, text, type_, code):
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["source"]) == [code], evs


def test_ministers_of_member_states_take_the_meeting_place_with_the_rule_off(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "MEMBER_STATES", False)
    text, type_, code = _MEMBER_STATES[0]
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["source"]) != [code], evs


@pytest.mark.parametrize("text, type_, code", [
    # a role noun with its own country stays that country's ("der Staaten" alone is no organisation)
    ("Die Außenminister der baltischen Staaten trafen sich am Montag in Riga.", "CONSULT", "IGOEUREEC"),
])
def test_member_states_without_organisation_are_not_the_organisation(analyse_text, text, type_, code):
    evs = of_type(analyse_text(text), type_)
    assert evs and code not in actor_codes(evs[0]["source"]), evs
