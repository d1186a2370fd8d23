"""A company the text names is a business of the country of its headquarters, wherever the article
is set: Google is USABUS in a story from Vienna, Gazprom RUSBUS, Ikea SWEBUS (the events gold codes
firms so). The actor knowledge base held no companies, so a firm the recogniser tags took the
article's country (Facebook and Amazon came out Austrian, Vattenfall or Twitter of the setting).
lagebild/resources/de/actors/companies.tsv lists the firms and media groups the news names most
(kb.lookup.COMPANIES); a firm is no vote for where the article is set
(agents.COMPANY_NO_SETTING), never a government, and a place of the same name stays a place.
Twenty-seventh session, helper e9. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.kb import lookup
from lagebild.kb.loader import examples
from lagebild.kb.lookup import ActorKB
from lagebild.nlp.events import agents

_VIENNA = "Wien – Die Bundesregierung hat am Montag neue Regeln für Internetplattformen vorgestellt. "
_FACEBOOK = ("Wien – Facebook hat am Montag neue Regeln vorgestellt. Facebook will Hasspostings schneller "
             "löschen. Ein Sprecher von Facebook sagte, man arbeite daran. Die Regierung kritisierte die Pläne "
             "scharf.")


@pytest.mark.parametrize("example", examples("companies.tsv"))
def test_companies_examples(example):
    text, code = (x.strip() for x in example.split("->"))
    assert lookup.default_kb().resolve(text, "ORG", None).actor["actor_code"] == code


@pytest.mark.parametrize("text, type_, side, code", [
    (_VIENNA + "Der Kanzler sprach in Wien von einem wichtigen Schritt. Google kritisierte die geplanten "
     "Auflagen scharf.", "DISAPPROVE", "source", "USABUS"),
    ("Graz – Die steirische Landesregierung will ein neues Gewerbegebiet erschließen. Der Bürgermeister "
     "verhandelt seit Monaten mit Ikea über den Standort.", "CONSULT", "target", "SWEBUS"),
    ("Linz – Die Gewerkschaft hat zu einem Streik bei Amazon aufgerufen. Die Beschäftigten in "
     "Oberösterreich fordern höhere Löhne.", "PROTEST", "target", "USABUS"),
    ("Wien – Der Gasstreit beschäftigt die Regierung. Die Regierung hat am Dienstag Gazprom aufgefordert, "
     "die Lieferungen wieder aufzunehmen.", "DEMAND", "target", "RUSBUS"),
])
def test_a_firm_keeps_the_country_of_its_headquarters(analyse_text, text, type_, side, code):
    acts = of_type(analyse_text(text), type_)
    assert acts and code in codes(acts[0][side])


def test_a_firm_named_often_does_not_set_the_article(analyse_text):
    acts = of_type(analyse_text(_FACEBOOK), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["AUTGOV"]


def test_a_firm_is_no_government(analyse_text):
    acts = of_type(analyse_text("Wien – Der Gasstreit beschäftigt die Regierung. Die Regierung hat am Dienstag "
                                "Gazprom aufgefordert, die Lieferungen wieder aufzunehmen. Gazprom wies die "
                                "Forderung zurück."), "REJECT")
    assert acts and codes(acts[0]["source"]) == ["RUSBUS"]


@pytest.mark.parametrize("name, country", [("Toyota", "JPN"), ("Carrefour", "HTI")])
def test_a_place_of_the_same_name_stays_a_place(name, country):
    kb = lookup.default_kb()
    place = kb.resolve(name, "LOC", None).actor
    assert place["country"] == country and not (place.get("actor_code") or "").endswith("BUS")
    assert kb.resolve(name, "ORG", None).actor["actor_code"].endswith("BUS")


def test_without_the_data_a_firm_is_unknown(monkeypatch):
    monkeypatch.setattr(lookup, "COMPANIES", False)
    assert ActorKB.build().resolve("Google", "ORG", None) is None


def test_without_the_rule_a_firm_named_often_sets_the_article(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "COMPANY_NO_SETTING", False)
    acts = of_type(analyse_text(_FACEBOOK), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["USAGOV"]
