"""A person the knowledge base does not know takes the country the article says the person comes
from, not the article's setting: in a story set in Rome, a Swiss theologian who "aus der Schweiz
stammt" became Italian for every event he took part in (actors.ORIGIN_COUNTRY). The origin is read
from "stammt/kommt aus <Land>" (the name or a relative clause on it), "der aus <Land> stammende …"
before the name, "aus <Land>" or "(<Land>)" right after the name, and an apposition "ein(e)
<Volksname>"; every mention of the person, the bare surname too, takes the country. A nationality
adjective or an office in the same phrase ("die aus Somalia stammende niederländische Politikerin")
is the stronger word and leaves the origin aside. Twenty-fifth session, helper e12. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp import actors

_LEAD = "Rom – Der Papst hat am Samstag im Vatikan mehrere Gäste empfangen. "


def _countries(side):
    return sorted((a.get("actor_code") or a.get("country") or a.get("name") or "")[:3] for a in side)


@pytest.mark.parametrize("text, country", [
    ("Der Theologe Peter Imhasly, der seit Jahren in Freiburg lehrt, aber aus der Schweiz stammt, war "
     "dabei. Imhasly kritisierte den Papst scharf.", "CHE"),
    ("Unter den Gästen war der aus Polen stammende Autor Marek Zielony. Zielony kritisierte den Papst "
     "scharf.", "POL"),
    ("Unter den Gästen war auch Jonas Vilkas aus Litauen. Vilkas kritisierte den Papst scharf.", "LTU"),
    ("Unter den Gästen war Omar Haddadi, ein gebürtiger Marokkaner. Haddadi kritisierte den Papst "
     "scharf.", "MAR"),
])
def test_the_origin_the_article_names_gives_the_country(analyse_text, text, country):
    acts = of_type(analyse_text(_LEAD + text), "DISAPPROVE")
    assert acts and _countries(acts[-1]["source"]) == [country]


def test_a_nationality_adjective_beside_the_origin_wins(analyse_text):
    acts = of_type(analyse_text(_LEAD + "Unter den Gästen war die aus Somalia stammende niederländische "
                                "Autorin Hawa Dirie. Dirie kritisierte den Papst scharf."), "DISAPPROVE")
    assert acts and _countries(acts[-1]["source"]) == ["NLD"]


def test_without_the_rule_the_person_takes_the_setting(analyse_text, monkeypatch):
    monkeypatch.setattr(actors, "ORIGIN_COUNTRY", False)
    acts = of_type(analyse_text(_LEAD + "Der Theologe Peter Imhasly, der seit Jahren in Freiburg lehrt, aber "
                                "aus der Schweiz stammt, war dabei. Imhasly kritisierte den Papst scharf."),
                   "DISAPPROVE")
    assert acts and _countries(acts[-1]["source"]) != ["CHE"]


def test_the_origin_casts_no_vote_for_the_setting(analyse_text):
    # a person named often with a foreign origin must not move the story there: the police stay Serbian
    text = ("Belgrad – An der Grenze warten Hunderte Flüchtlinge. Die Polizei hat am Montag ein Lager geräumt. "
            "Einer von ihnen ist Karim Jalali, ein Afghane aus Herat. Jalali kritisierte die Regierung scharf. "
            "Jalali forderte offene Grenzen. Jalali drohte mit einem Hungerstreik. Jalali kritisierte die EU.")
    evs = analyse_text(text)
    assert _countries(of_type(evs, "COERCE")[0]["source"]) == ["SRB"]
    assert _countries(of_type(evs, "DISAPPROVE")[0]["source"]) == ["AFG"]
