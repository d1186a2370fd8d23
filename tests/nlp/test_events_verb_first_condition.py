"""A "should" that opens its sentence is the verb-first form of a condition, not an obligation: "Sollte die
Gemeinde nicht verkaufen, werde die Firma woanders bauen, sagte der Bürgermeister" foretells what follows if,
and made a DEMAND of the speaker on whoever the condition names (speech.VERB_FIRST_CONDITION,
``must_condition`` in evaluations.tsv). After a fronted clause the finite verb stands right after the comma
("Solange …, sollten keine Wahlen stattfinden") and still obliges; so does a "should" that a cue cuts off from
the sentence's start ("Laut X sollten …"). Twenty-sixth session, helper e6; found on the uncoded 10kGNAD
articles (five articles, every such DEMAND wrong). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech


@pytest.mark.parametrize("text", [
    "Wien – Der Streit um das Grundstück geht weiter. Sollte die Gemeinde nicht an die Firma Huber verkaufen, "
    "werde sich die Firma einen anderen Standort suchen, sagte Bürgermeister Franz Berger.",
    "Brüssel – Die Lage in Griechenland ist angespannt. Sollten die Griechen das Sparpaket ablehnen, werde das "
    "Land in eine tiefe Krise stürzen, sagte der EU-Kommissar am Samstag.",
])
def test_a_sentence_opening_should_is_a_condition(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND") == []


def test_a_should_after_a_fronted_clause_still_obliges(analyse_text):
    text = ("Kiew – Solange die Ukraine keine Kontrolle über die Grenze hat, sollten im Osten keine Wahlen "
            "stattfinden, sagte der Abgeordnete Petro Kowal.")
    assert of_type(analyse_text(text), "DEMAND")


def test_a_should_inside_the_sentence_still_obliges(analyse_text):
    assert of_type(analyse_text("Wien – Die Regierung sollte endlich handeln, sagte der Grünen-Chef."), "DEMAND")


def test_a_should_after_a_cue_still_obliges(analyse_text):
    text = ("Berlin – Die Koalition streitet über den Haushalt. Dem Finanzminister zufolge sollte Frankreich "
            "mehr sparen.")
    assert of_type(analyse_text(text), "DEMAND")


def test_without_the_rule_the_condition_is_a_demand(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "VERB_FIRST_CONDITION", False)
    text = ("Wien – Der Streit um das Grundstück geht weiter. Sollte die Gemeinde nicht an die Firma Huber "
            "verkaufen, werde sich die Firma einen anderen Standort suchen, sagte Bürgermeister Franz Berger.")
    assert of_type(analyse_text(text), "DEMAND")
