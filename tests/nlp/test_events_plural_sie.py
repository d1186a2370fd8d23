"""A "sie" before (or right after) a plural finite verb is "they": the subject is the nearest plural
actor group named before it, within this and the two sentences before (PLURAL_SIE_GROUP). Coreference
resolves "sie" only to women, so such a clause had no subject and a context default (the government,
the country, the last other party) took its place. A passive's "sie" suffers the act and stays
unresolved. Twenty-first session, helper F15. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source", [
    # a clause-opening "Sie" before the plural verb: the party named in the sentence before
    ("Die Grünen stellten am Dienstag ihr Programm vor. Sie lehnen das Abkommen mit Kanada ab.", "REJECT",
     ["DEUPTY"]),
    # the demonstrators, not the country the text is set in
    ("Die Demonstranten zogen vor das Parlament in Ankara. Sie forderten den Rücktritt der Regierung.",
     "DEMAND", ["TURCVL"]),
])
def test_a_plural_sie_is_the_group_named_before(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts and codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text, kind, source", [
    # coreference took "Sie" for Merkel alone; before a plural verb it is both
    ("Merkel und Sarkozy trafen sich am Montag in Paris. Sie forderten von Russland einen Waffenstillstand.",
     "DEMAND", ["DEUGOV", "FRAGOV"]),
    ("Polen und Ungarn stellten sich gegen die Kommission. Sie lehnen die Quoten für Flüchtlinge ab.", "REJECT",
     ["HUN", "POL"]),
])
def test_a_plural_sie_is_two_actors_joined_by_und(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts and codes(acts[0]["source"]) == source


def test_countries_after_a_preposition_are_no_group(analyse_text):
    # "in Polen und Ungarn" names where the ministers travelled, not who rejects
    acts = of_type(analyse_text("Die Minister reisten in Polen und Ungarn umher. Sie lehnen die Quoten für "
                                "Flüchtlinge ab."), "REJECT")
    assert acts and codes(acts[0]["source"]) != ["HUN", "POL"]


def test_a_sie_after_the_verb_takes_the_nearest_group(analyse_text):
    # "Dann besetzten sie": the soldiers of the sentence before, not the rebels two sentences back
    acts = of_type(analyse_text("Die syrischen Rebellen eroberten das Dorf. Danach verbrannten die Soldaten "
                                "die Felder. Dann besetzten sie die Schule."), "PROTEST")
    assert acts and codes(acts[0]["source"]) == ["SYRMIL"]


def test_a_passive_sie_stays_the_target(analyse_text):
    # "Sie wurden … festgenommen": the demonstrators suffer the arrest; the police make it
    acts = of_type(analyse_text("Die Demonstranten zogen am Montag vor das Rathaus in Ankara. Sie wurden am "
                                "Abend festgenommen."), "COERCE")
    assert acts and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["TURCOP"], ["TURCVL"])


def test_without_the_rule_the_plural_sie_has_a_default_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PLURAL_SIE_GROUP", False)
    acts = of_type(analyse_text("Die Grünen stellten am Dienstag ihr Programm vor. Sie lehnen das Abkommen "
                                "mit Kanada ab."), "REJECT")
    assert acts and codes(acts[0]["source"]) != ["DEUPTY"]
