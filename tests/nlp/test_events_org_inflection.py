"""An organisation the knowledge base knows is found in whatever form the sentence puts it in.

Two patterns left known organisations unresolved (session 29, helper K1; a census of the Wikinews and
10kGNAD entity mentions without an actor code had "Deutschen Bundestag" in 7 articles and
"Deutschen Bundestages" in 6):

- an adjective of the organisation's own country before its name ("der Deutsche Bundestag", "des
  Deutschen Bundestages", "der österreichische Nationalrat"): the KB lists "Bundestag"
  (``lookup.ORG_COUNTRY_ADJECTIVE``);
- a name opening with an adjective that has none of the suffixes of country names (superlatives,
  plain adjectives: "Weißes Haus" -> "Weißen Haus"), which ``loader.inflected_names`` declines only
  for "-isch", "-lich", "-al" … adjectives (``lookup.ORG_DECLINED_NAMES``).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.kb import lookup
from lagebild.kb.loader import declined_organisation_names


@pytest.fixture(scope="module")
def built():
    """A KB built from the shipped files with both switches on (as shipped)."""
    return lookup.ActorKB.build()


@pytest.mark.parametrize("listed, form", [
    ("Oberster Rat", "Obersten Rat"),             # a superlative
    ("Weißes Haus", "Weißen Haus"),               # a plain adjective
    ("Rotes Kreuz", "Rote Kreuz"),
    ("Freie Wähler", "Freien Wähler"),
])
def test_names_opening_with_any_adjective_are_declined(listed, form):
    assert form in declined_organisation_names(listed)


@pytest.mark.parametrize("name", ["Nato", "Human Rights Watch", "Team Ost", "die Linke"])
def test_names_without_an_opening_adjective_give_nothing(name):
    assert declined_organisation_names(name) == ()


@pytest.mark.parametrize("text, code", [
    ("Deutsche Bundestag", "DEULEG"),
    ("Deutschen Bundestages", "DEULEG"),          # adjective and genitive together
    ("deutschen Bundestag", "DEULEG"),
    ("Österreichischen Nationalrat", "AUTLEG"),
    ("US-amerikanische Kongress", "USALEG"),
])
def test_an_adjective_of_the_own_country_before_a_known_name_resolves(built, text, code):
    res = built.resolve(text, "ORG", "2012-05-01")
    assert res is not None and res.actor["actor_code"] == code


@pytest.mark.parametrize("text", ["Österreichischen Bundestag", "Französische Nationalrat"])
def test_an_adjective_of_another_country_does_not(built, text):
    res = built.resolve(text, "ORG", "2012-05-01")
    assert res is None or res.actor["actor_code"] not in ("DEULEG", "AUTLEG")


def test_in_a_sentence_the_parliament_named_with_its_adjective_acts(analyse_text):
    acts = of_type(analyse_text("Berlin – Der Deutsche Bundestag hat die Regierung in Moskau am Freitag "
                                "scharf kritisiert."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["DEULEG"]


def test_without_the_switch_the_adjective_form_is_unknown(monkeypatch):
    monkeypatch.setattr(lookup, "ORG_COUNTRY_ADJECTIVE", False)
    assert lookup.ActorKB.build().resolve("Deutschen Bundestages", "ORG", "2012-05-01") is None


def test_without_the_switch_the_plain_adjective_is_not_declined(monkeypatch):
    monkeypatch.setattr(lookup, "ORG_DECLINED_NAMES", False)
    # the KB lists "Freie Demokraten" (FDP); "der Freien Demokraten" is the rule's
    assert lookup.ActorKB.build().resolve("Freien Demokraten", "ORG", "2012-05-01") is None


@pytest.mark.parametrize("text, code", [("Freien Demokraten", "DEUPTY"), ("Heilige Stuhl", "VATREL")])
def test_a_plain_adjective_opening_a_known_name_is_declined(built, text, code):
    res = built.resolve(text, "ORG", "2012-05-01")
    assert res is not None and res.actor["actor_code"] == code
