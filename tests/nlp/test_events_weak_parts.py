"""General errors found reading the weakest Wikinews development parts (dev6, dev9, dev10): the
medium of an interview or a statement reports an act, it takes no part in it; a source of
information ("laut Reuters") ends with its noun phrase; the recipient of a second conjunct
("verhaftet und an die Polizei überstellt") is not the first verb's target. Nineteenth session,
helper F11. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract, hedges


@pytest.mark.parametrize("text, kind, target", [
    ("Der Innenminister hat in einem Interview mit der Süddeutschen Zeitung gefordert, dass die Grenzen "
     "geschlossen werden.", "DEMAND", []),
    ("Die Kanzlerin kritisierte in einem Interview mit dem Spiegel die Regierung Russlands.", "DISAPPROVE",
     ["RUSGOV"]),
    ("Der Außenminister forderte in einem Fernsehinterview mit CNN den Rücktritt des Präsidenten.", "DEMAND", []),
    ("Der Außenminister lobte gegenüber der Nachrichtenagentur Reuters die Regierung Frankreichs.", "SUPPORT",
     ["FRAGOV"]),
    ("Der Außenminister drohte gegenüber dem Sender CNN mit Sanktionen.", "THREATEN", []),
])
def test_the_medium_of_an_interview_is_no_party(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target


def test_a_talk_with_a_minister_keeps_its_party(analyse_text):
    acts = of_type(analyse_text("Der Kanzler forderte im Gespräch mit dem russischen Außenminister "
                                "einen Abzug der Truppen."), "DEMAND")
    assert acts and actor_codes(acts[0]["target"]) != []


def test_without_the_rule_the_medium_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "MEDIA_PARTNER", False)
    acts = of_type(analyse_text("Die Kanzlerin kritisierte in einem Interview mit dem Spiegel die Regierung "
                                "Russlands."), "DISAPPROVE")
    assert acts and "RUSGOV" not in actor_codes(acts[0]["target"])


@pytest.mark.parametrize("text, kind, target", [
    ("Der Außenminister lobte laut Reuters die Regierung Frankreichs.", "SUPPORT", ["FRAGOV"]),
    ("Die Armee hat nach Angaben eines Sprechers des Ministeriums die Rebellen angegriffen.", "ASSAULT", ["REB"]),
    ("Die Polizei nahm laut Medienberichten drei Demonstranten fest.", "COERCE", ["CVL"]),
])
def test_a_source_of_information_ends_with_its_noun_phrase(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target


def test_without_the_rule_the_hedge_swallows_the_object(analyse_text, monkeypatch):
    monkeypatch.setattr(hedges, "HEDGE_NOUN_PHRASE", False)
    acts = of_type(analyse_text("Der Außenminister lobte laut Reuters die Regierung Frankreichs."), "SUPPORT")
    assert acts and "FRAGOV" not in actor_codes(acts[0]["target"])


@pytest.mark.parametrize("text, target", [
    ("Der Mann wurde am Flughafen verhaftet und an die Bundespolizei überstellt.", ["DEUCVL"]),
    ("Der Reporter wurde in Ankara festgenommen und an die Behörden ausgeliefert.", ["TURMED"]),
])
def test_the_second_conjuncts_recipient_is_not_the_arrested(analyse_text, text, target):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target


def test_without_the_rule_the_recipient_is_arrested(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CONJUNCT_PP_OWN", False)
    acts = of_type(analyse_text("Der Mann wurde am Flughafen verhaftet und an die Bundespolizei überstellt."),
                   "COERCE")
    assert acts and actor_codes(acts[0]["target"]) == ["DEUCOP"]


@pytest.mark.parametrize("text", [
    "Der Autor zitiert anerkannte Historiker aus Polen.",
    "Die international anerkannte Regierung Jemens kontrolliert nur Teile des Landes.",
    "Die Debatte reicht bis hin zu anerkannten Juristen wie Hans Meier.",
])
def test_a_participle_the_tagger_reads_as_an_adjective_is_attributive(analyse_text, text):
    assert of_type(analyse_text(text), "SUPPORT") == []


def test_a_coordinated_finite_verb_stays_an_act(analyse_text):
    acts = of_type(analyse_text("Die Armee griff an und bombardierte Städte im Norden."), "ASSAULT")
    assert len(acts) == 2


def test_without_the_rule_the_adjective_is_praise(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ADJA_ATTRIBUTIVE", False)
    assert of_type(analyse_text("Die international anerkannte Regierung Jemens kontrolliert nur Teile des "
                                "Landes."), "SUPPORT")


@pytest.mark.parametrize("text", [
    "Dafür droht dem Angeklagten lebenslange Haft.",
    "Dem Schmuggler drohen bis zu zehn Jahre Gefängnis.",
])
def test_a_looming_prison_term_is_a_possible_sentence(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "THREATEN") == []
    acts = of_type(evs, "SANCTION")
    assert len(acts) == 1 and [c[-3:] for c in actor_codes(acts[0]["source"])] == ["JUD"]


def test_a_threat_with_prison_stays_a_threat(analyse_text):
    assert of_type(analyse_text("Die Regierung drohte den Streikenden mit Gefängnis."), "THREATEN")
