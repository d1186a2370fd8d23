"""A verb's sense is decided by its object or a word beside it: "einfrieren" is a sanction only for
money, relations or talks ("fror die Konten ein"), not for pictures or samples; "schlug X als
Nachfolger vor" nominates a person, no demand; a capitalised participle opening its clause before a
noun ("Anerkannte Flüchtlinge erhalten …") or after a preposition and adverbs ("in international
anerkannten Fachzeitschriften") names a thing, no act; an apposition before a separable verb's
particle does not hide the words that decide its sense. Twenty-second session, helper F9;
found in gnad5 and dev5 errors. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Europäische Union hat die Konten des Ministers eingefroren.",
    "Washington fror die Gespräche mit Pjöngjang ein.",
    "Die Regierung friert die Zusammenarbeit mit der Nachbarrepublik ein.",
])
def test_freezing_money_relations_or_talks_is_a_sanction(analyse_text, text):
    assert len(of_type(analyse_text(text), "SANCTION")) == 1


@pytest.mark.parametrize("text", [
    "Der Regisseur friert die Bilder ein und lässt die Musik laufen.",
    "Die Forscher haben die Proben bei minus 80 Grad eingefroren.",
])
def test_freezing_pictures_or_samples_is_no_sanction(analyse_text, text):
    assert of_type(analyse_text(text), "SANCTION") == []


@pytest.mark.parametrize("text", [
    "Der Parteichef schlug den Innenminister als seinen Nachfolger vor.",
    "Die Grünen schlagen die Bürgermeisterin als Kandidatin für die Wahl vor.",
])
def test_proposing_a_successor_or_candidate_is_no_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND") == []


@pytest.mark.parametrize("text", [
    "Der Kanzler schlug vor, die Steuern zu senken.",
    "Die Opposition schlägt eine Untersuchung der Vorfälle vor.",
])
def test_proposing_a_measure_stays_a_demand(analyse_text, text):
    assert len(of_type(analyse_text(text), "DEMAND")) == 1


@pytest.mark.parametrize("text, kind", [
    ("Anerkannte Flüchtlinge erhalten in Deutschland Sozialhilfe.", "SUPPORT"),
    ("Getötete Soldaten wurden in die Heimat überführt.", "ASSAULT"),
])
def test_a_participle_opening_the_clause_before_a_noun_is_no_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


def test_a_detention_participle_opening_the_clause_stays(analyse_text):
    acts = of_type(analyse_text("Verhaftete Journalisten berichten von Folter."), "COERCE")
    assert len(acts) == 1


def test_without_the_rule_the_opening_participle_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SENTENCE_INITIAL_ATTRIBUTIVE", False)
    # (not "Anerkannte Flüchtlinge": refugee words keep "anerkennen" from being a stance at all, triggers.tsv)
    assert of_type(analyse_text("Anerkannte Künstler erhalten in Deutschland Förderung."), "SUPPORT")


def test_an_apposition_does_not_hide_the_nomination(analyse_text):
    text = "Die Kanzlerin schlug den Staatssekretär, Paul Muster, als Nachfolger des Ministers vor."
    assert of_type(analyse_text(text), "DEMAND") == []


def test_without_the_rule_the_apposition_hides_the_nomination(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "WITHOUT_TO_PARTICLE", False)
    text = "Die Kanzlerin schlug den Staatssekretär, Paul Muster, als Nachfolger des Ministers vor."
    assert of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("text, kind", [
    ("Die Autorin schreibt viel und in international anerkannten Fachzeitschriften.", "SUPPORT"),
    ("Bei bereits anerkannten Flüchtlingen prüft die Behörde den Status erneut.", "SUPPORT"),
    ("Nach den gestern verhängten Sanktionen reagierte Moskau gelassen.", "SANCTION"),
])
def test_a_participle_after_a_preposition_and_adverbs_is_no_act(analyse_text, text, kind):
    assert [e["trigger"]["text"] for e in of_type(analyse_text(text), kind)
            if e["trigger"]["text"] in ("anerkannten", "verhängten")] == []


def test_without_the_rule_the_participle_after_adverbs_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ADVERB_ATTRIBUTIVE", False)
    # (not "anerkannten Flüchtlingen": refugee words keep "anerkennen" from being a stance at all, triggers.tsv)
    acts = of_type(analyse_text("Bei bereits anerkannten Künstlern prüft die Behörde den Status erneut."), "SUPPORT")
    assert [e["trigger"]["text"] for e in acts] == ["anerkannten"]
