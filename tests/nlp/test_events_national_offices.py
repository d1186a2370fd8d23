"""An international organisation or NGO right before a country's bare name, opening a clause
("Ärzte ohne Grenzen Österreich kritisierte …", "UNHCR Österreich forderte …"), is its office in
that country and acts for the organisation; the country was split off as a second party, mostly
the target. Not after a verb or an article, where the country is the object. Rule NATIONAL_OFFICES
in lagebild/nlp/events/mentions.py (session 22, helper F10); every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source, target", [
    ("Ärzte ohne Grenzen Österreich kritisierte die Regierung in Kairo.", "DISAPPROVE", ["NGOHLHMSF"], ["EGYGOV"]),
    ("Greenpeace Österreich kritisierte die Regierung in Wien.", "DISAPPROVE", ["NGOENV"], ["AUTGOV"]),
    ("UNHCR Österreich forderte von der Regierung in Wien mehr Unterstützung.", "DEMAND",
     ["IGOUNOREFHCR"], ["AUTGOV"]),
])
def test_the_country_after_an_organisation_is_its_office(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert acts
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, kind, target", [
    ("Gestern kritisierte UNHCR Österreich scharf.", "DISAPPROVE", ["AUT"]),
    ("Die Nato forderte Deutschland zu höheren Ausgaben auf.", "DEMAND", ["DEU"]),
])
def test_after_a_verb_the_country_stays_the_object(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert acts and codes(acts[0]["target"]) == target


# (session 23: the candidate weights tag "Ärzte ohne Grenzen Österreich" as one name, which
# NATIONAL_SECTIONS codes without this rule; the sentence is one written for this test on which both
# the shipped and the candidate weights tag the country apart, so the rule still has work to do)
@pytest.mark.parametrize("text", [
    "Reporter ohne Grenzen Österreich kritisierte die Regierung in Kairo.",
])
def test_without_the_rule_the_country_is_a_target(analyse_text, monkeypatch, text):
    monkeypatch.setattr(mentions, "NATIONAL_OFFICES", False)
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts and "AUT" in codes(acts[0]["target"])


def test_with_the_rule_the_office_acts(analyse_text):
    acts = of_type(analyse_text("Reporter ohne Grenzen Österreich kritisierte die Regierung in Kairo."), "DISAPPROVE")
    assert acts and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["NGOHRIMED"], ["EGYGOV"])


# OFFICE_AFTER_VERB (session 23): an organisation and a country tagged as one name right after the
# finite verb are the subject and the object; before the verb they stay the office (own sentences)
@pytest.mark.parametrize("text, kind, source, target", [
    ("Am Montag kritisierte Amnesty International Ägypten scharf.", "DISAPPROVE", ["NGOHRIAMN"], ["EGY"]),
    ("Dann verurteilte die Nato Russland.", "DISAPPROVE", ["IGOWSTNAT"], ["RUS"]),
    ("Am Montag kritisierte Greenpeace Brasilien scharf.", "DISAPPROVE", ["NGOENV"], ["BRA"]),
])
def test_an_office_after_the_verb_is_split(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert acts and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_split_the_country_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "OFFICE_AFTER_VERB", False)
    acts = of_type(analyse_text("Am Montag kritisierte Amnesty International Ägypten scharf."), "DISAPPROVE")
    assert acts and codes(acts[0]["target"]) == []
