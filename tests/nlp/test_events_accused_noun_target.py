"""A charge, an investigation or a threat aimed at a private person the text calls by a common noun is
aimed at a civilian (``extract.ACCUSED_NOUN_TARGET``, ``EventExtractor._accused_noun``). "Die Ermittlungen
gegen den Banker", "Gegen den 43-jährigen Ehemann wird ermittelt", "Beiden Verdächtigen wird vorgeworfen":
no actor list knows "Banker", "Ehemann" or "Verdächtige", so these DISAPPROVE (``allege``/``investigate``)
had no target; the guide codes a defendant with no office as country + CVL, the country being the
accuser's when it has one. The noun must follow "gegen" (lower-case words and numbers between), or, for
"vorwerfen", a dative article; a thing after "gegen" ("gegen das Urteil") or a named party keeps its own
reading.
Session 31, helper t1s31. Uncoded news: 5 targets changed in 4 articles, 4 right (a banker in Bulgaria, a
husband in Germany twice, 54 persons in Austria), 1 wrong (suspects charged in Belgium given the French
country of a wrongly placed prosecutor); development parts: 3 targets set, pooled type 2611 → 2611,
tuple 1782 → 1782 (the domestic cases already counted as joint matches). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes

from lagebild.nlp.events import extract


def _charge(evs):
    (e,) = [e for e in evs if e["type"] in ("DISAPPROVE", "THREATEN")]
    return e


@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft Graz ermittelt gegen den früheren Geschäftsführer.",
    "Die Grazer Staatsanwaltschaft hat Ermittlungen gegen drei Mitarbeiter eingeleitet.",
    "Die Staatsanwaltschaft Graz ermittelt wegen Betrugs gegen einen 52-jährigen Mann.",
])
def test_a_person_after_gegen_is_a_civilian_of_the_accusers_country(analyse_text, text):
    assert actor_codes(_charge(analyse_text(text))["target"]) == ["AUTCVL"]


@pytest.mark.parametrize("text", [
    "Die Ermittlungen gegen den Bankmanager dauern an.",
    "Gegen den Ehemann der Toten wird wegen Mordes ermittelt.",
])
def test_without_a_country_the_target_is_a_civilian(analyse_text, text):
    assert actor_codes(_charge(analyse_text(text))["target"]) == ["CVL"]


@pytest.mark.parametrize("text", [
    "Den beiden Verdächtigen wird Brandstiftung vorgeworfen.",
    "Die Polizei wirft dem Mann vor, Autos angezündet zu haben.",
])
def test_a_person_in_the_dative_of_vorwerfen(analyse_text, text):
    assert actor_codes(_charge(analyse_text(text))["target"]) == ["CVL"]


def test_a_named_party_after_gegen_stays_the_target(analyse_text):
    e = _charge(analyse_text("Die Staatsanwaltschaft Graz ermittelt gegen den Bürgermeister."))
    assert actor_codes(e["target"]) == ["AUTGOV"]


@pytest.mark.parametrize("text", [
    "Der Verband reichte eine Klage gegen das neue Gesetz ein.",
    "Der Verband reichte Klage gegen die Verordnung ein, die Frauen benachteilige.",
])
def test_a_thing_after_gegen_names_no_one(analyse_text, text):
    assert _charge(analyse_text(text))["target"] == []


def test_plain_criticism_of_a_person_noun_is_left_alone(analyse_text):
    assert _charge(analyse_text("Die Stadt kritisierte den Mann scharf."))["target"] == []


def test_flag_off_leaves_the_charge_without_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ACCUSED_NOUN_TARGET", False)
    e = _charge(analyse_text("Die Ermittlungen gegen den Bankmanager dauern an."))
    assert e["target"] == []


# ACCUSED_PRONOUN_TARGET (session 31, helper t1s31): in the passive of "verdächtigen", "beschuldigen" or
# "vorwerfen" the pronoun is the accused. Uncoded news: 3 targets set in 3 articles, all 3 right (a suspect's
# father in Israel, accused civilians in Syria, a suspect in Belgium); development parts unchanged (type 2611,
# tuple 1782).
@pytest.mark.parametrize("text", [
    "Er werde der Bestechung verdächtigt, meldete die Nachrichtenagentur.",
    "Sie wird beschuldigt, Spendengelder veruntreut zu haben.",
    "Ihm wird schwerer Betrug vorgeworfen.",
])
def test_a_pronoun_in_the_passive_of_an_accusation_is_the_target(analyse_text, text):
    assert actor_codes(_charge(analyse_text(text))["target"]) == ["CVL"]


def test_an_active_accusation_of_a_pronoun_is_left_alone(analyse_text):
    assert _charge(analyse_text("Die Polizei verdächtigt ihn des Diebstahls."))["target"] == []


def test_pronoun_flag_off_leaves_the_passive_without_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ACCUSED_PRONOUN_TARGET", False)
    assert _charge(analyse_text("Ihm wird schwerer Betrug vorgeworfen."))["target"] == []
