"""Actors resolved to the wrong code or country: a doer of the article's country acting on its own
kind at home (a coalition against a party), a seat of the EU standing for the EU ("Brüssel fordert
…"), an inserted ", so der Sprecher," that split the clause, and a possessive in the grounds of a
stance that points to the object ("kritisierte Putin wegen seiner Angriffe"). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp import actors
from lagebild.nlp.events import extract, hedges


def _one(evs, kind):
    acts = of_type(evs, kind)
    assert len(acts) == 1, evs
    return actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])


# --- domestic politics: a party acting on a party of its own country stays of that country
@pytest.mark.parametrize("text, kind, source, target", [
    ("Wien – SPÖ und ÖVP streiten seit Wochen. Die Koalition lehnte den Antrag der Grünen ab.",
     "REJECT", ["AUTPTY"], ["AUTPTY"]),
    ("Wien – Die Regierungsparteien SPÖ und ÖVP beraten. Die Koalition kritisierte die Grünen scharf.",
     "DISAPPROVE", ["AUTPTY"], ["AUTPTY"]),
])
def test_a_party_of_the_setting_acts_on_its_own_kind_at_home(analyse_text, text, kind, source, target):
    assert _one(analyse_text(text), kind) == (source, target)


def test_an_unnamed_minister_acting_on_a_government_of_the_setting_is_still_foreign(analyse_text):
    evs = analyse_text("Moskau – Die Außenministerin bestellte den russischen Botschafter ein. "
                       "Russland reagierte verärgert. Moskau wies die Vorwürfe zurück.")
    summon = [e for e in of_type(evs, "DISAPPROVE") if "RUSGOV" in actor_codes(e["target"])][0]
    assert actor_codes(summon["source"]) == ["DEUGOV"]


def test_without_the_rule_the_coalition_becomes_german(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COUNTERPART_DOMESTIC", False)
    evs = analyse_text("Wien – SPÖ und ÖVP streiten seit Wochen. Die Koalition lehnte den Antrag der Grünen ab.")
    assert _one(evs, "REJECT")[0] == ["DEUPTY"]


# --- "Brüssel" acting is the EU
@pytest.mark.parametrize("text, kind, source, target", [
    ("Brüssel fordert von der griechischen Regierung weitere Sparmaßnahmen.", "DEMAND", ["IGOEUREEC"], ["GRCGOV"]),
    ("Brüssel kritisierte die Regierung in Warschau scharf.", "DISAPPROVE", ["IGOEUREEC"], ["POLGOV"]),
    ("Athen lehnte Brüssels Sparvorgaben ab.", "REJECT", ["GRCGOV"], ["IGOEUREEC"]),
])
def test_brussels_acting_is_the_eu(analyse_text, text, kind, source, target):
    assert _one(analyse_text(text), kind) == (source, target)


def test_the_government_in_brussels_stays_belgian(analyse_text):
    assert _one(analyse_text("Die Regierung in Brüssel kritisierte die Niederlande."), "DISAPPROVE")[0] == ["BELGOV"]


def test_without_the_rule_brussels_is_belgium(analyse_text, monkeypatch):
    monkeypatch.setattr(actors, "SEAT_ORGANISATION", False)
    assert _one(analyse_text("Brüssel fordert von Athen weitere Sparmaßnahmen."), "DEMAND")[0] == ["BELGOV"]


# --- ", so der Sprecher," is an insertion, no clause of its own
@pytest.mark.parametrize("text, kind, source, target", [
    ("Berlin – Die Regierung, so der Sprecher, kritisierte Russland.", "DISAPPROVE", ["DEUGOV"], ["RUS"]),
    ("Paris – Frankreich werde, so der Minister weiter, die Sanktionen gegen den Iran verlängern.",
     "SANCTION", ["FRA"], ["IRN"]),
])
def test_an_inserted_speaker_splits_no_clause(analyse_text, text, kind, source, target):
    assert _one(analyse_text(text), kind) == (source, target)


def test_so_dass_is_no_insertion(analyse_text):
    evs = analyse_text("Die Opposition kritisierte die Regierung, so dass der Minister zurücktrat.")
    assert _one(evs, "DISAPPROVE")[0] == ["OPP"]


def test_without_the_rule_the_insertion_swaps_the_roles(analyse_text, monkeypatch):
    monkeypatch.setattr(hedges, "SO_INSERTION", False)
    evs = analyse_text("Berlin – Die Regierung, so der Sprecher, kritisierte Russland.")
    assert _one(evs, "DISAPPROVE") != (["DEUGOV"], ["RUS"])


# --- "wegen seiner Angriffe" after the object: the object's acts
@pytest.mark.parametrize("text, kind, source, target", [
    ("Merkel kritisierte Putin wegen seiner Angriffe auf die Ukraine.", "ASSAULT", ["RUSGOV"], ["UKR"]),
    ("Die EU verurteilte Syrien wegen seiner Angriffe auf Zivilisten.", "ASSAULT", ["SYR"], ["CVL"]),
])
def test_a_possessive_in_the_grounds_points_to_the_object(analyse_text, text, kind, source, target):
    assert _one(analyse_text(text), kind) == (source, target)


def test_a_possessive_with_nothing_between_still_points_to_the_subject(analyse_text):
    assert _one(analyse_text("Nach seinem Treffen mit Putin reiste Obama ab."), "CONSULT")[0] == ["USAGOV"]


def test_without_the_rule_the_attacks_have_no_owner(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "POSSESSIVE_OBJECT", False)
    evs = analyse_text("Merkel kritisierte Putin wegen seiner Angriffe auf die Ukraine.")
    assert _one(evs, "ASSAULT")[0] != ["RUSGOV"]


# --- a country's branch of an aid organisation is that country's NGO
@pytest.mark.parametrize("text, kind, source, target", [
    ("Moskau – Das Russische Rote Kreuz schickte Hilfsgüter in die Ukraine.", "AID", ["RUSNGO"], ["UKR"]),
    ("Die Regierung dankte dem Österreichischen Roten Kreuz für seine Hilfe.", "SUPPORT", ["AUTGOV"], ["AUTNGO"]),
])
def test_a_national_red_cross_is_that_countrys_ngo(analyse_text, text, kind, source, target):
    assert _one(analyse_text(text), kind) == (source, target)


def test_the_red_cross_alone_stays_the_international_committee(analyse_text):
    evs = analyse_text("Das Rote Kreuz kritisierte die Angriffe auf Krankenhäuser.")
    assert _one(evs, "DISAPPROVE")[0] == ["NGOHLHIRC"]


def test_without_the_rule_the_national_red_cross_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(actors, "NATIONAL_BRANCH", False)
    evs = analyse_text("Moskau – Das Russische Rote Kreuz schickte Hilfsgüter in die Ukraine.")
    assert _one(evs, "AID")[0] != ["RUSNGO"]


# --- the president of Iraq's Kurdish region is Iraqi (a KB person, with the German spelling)
@pytest.mark.parametrize("text", [
    "Ankara – Kurdenpräsident Massud Barsani kritisierte die PKK scharf.",
    "Ankara – Die Türkei empfing Massud Barsani. Barsani kritisierte die PKK scharf.",
])
def test_barzani_is_iraqi(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts and actor_codes(acts[-1]["source"]) == ["IRQGOV"]


# --- the foreign doer COUNTERPART_ABROAD makes is the newsroom's country only when it is named
_PENINSULA = ("Die Ukraine leidet unter Stromausfällen. Die Ukraine bat um Hilfe, Russland lieferte Strom. "
              "Die Regierung der Halbinsel warf der Regierung in Kiew vor, die Leitungen nicht zu schützen.")


def test_an_unnamed_government_abroad_is_of_the_articles_other_country(analyse_text):
    assert _one(analyse_text(_PENINSULA), "DISAPPROVE") == (["RUSGOV"], ["UKRGOV"])


def test_an_unnamed_minister_is_of_the_home_country_when_it_is_named(analyse_text):
    evs = analyse_text("Berlin – Deutschland und Russland streiten. Die Außenministerin bestellte den "
                       "russischen Botschafter ein. Russland reagierte verärgert.")
    summon = [e for e in of_type(evs, "DISAPPROVE") if "RUSGOV" in actor_codes(e["target"])][0]
    assert actor_codes(summon["source"]) == ["DEUGOV"]


def test_without_the_rule_the_unnamed_government_is_german(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COUNTERPART_HOME_NAMED", False)
    assert _one(analyse_text(_PENINSULA), "DISAPPROVE")[0] == ["DEUGOV"]
