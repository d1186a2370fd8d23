"""A "kein…" in a quote denies a charge only when it negates the charge noun itself ("Ich bin kein Betrüger", "kein
schwerer Verstoß gegen den Vertrag", "keine Vorstrafen wegen Körperverletzung"): then the quote is a REJECT of its
speaker. NEGATED_CHARGE took any charge word up to three words after "kein…", so "keine Hinweise auf einen Anschlag"
(no evidence found), "keine schuldigen Abgeordneten sehen" (an attack on others) and "keine Flüge streichen" ("Flüge"
holds "lüge") were REJECT events (uncoded news: 1 of 5 such REJECTs right; speech.CHARGE_IS_NEGATED_NOUN; twenty-sixth
session, helper e9). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech
from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Ich bin doch kein Betrüger, sagte der Bürgermeister.",
    "Das sei kein schwerer Verstoß gegen den Vertrag, erklärte der Sprecher der Regierung.",
    "Sein Mandant habe keine Vorstrafen wegen Körperverletzung, betonte der Anwalt.",
])
def test_a_negated_charge_noun_is_denied(text):
    assert speech.denies(text, load_lexicon())


@pytest.mark.parametrize("text", [
    "Es gebe keine Hinweise auf Terror, sagte der Sprecher der Feuerwehr.",
    "Das Volk wolle keine schuldigen Abgeordneten im Parlament sehen, sagte der Präsident.",
    "Die Bahn wolle keine Flüge ersetzen, sagte die Sprecherin.",
])
def test_a_charge_word_the_negator_does_not_negate_is_no_denial(text):
    assert not speech.denies(text, load_lexicon())


def test_no_reject_of_an_attack_on_others(analyse_text):
    text = "Das Volk wolle keine schuldigen Abgeordneten im Parlament sehen, sagte der Präsident."
    assert not of_type(analyse_text(text), "REJECT")


def test_a_denied_charge_is_a_reject(analyse_text):
    assert of_type(analyse_text("Ich bin doch kein Betrüger, sagte der Innenminister."), "REJECT")


def test_without_the_rule_an_attack_on_others_is_a_reject(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "CHARGE_IS_NEGATED_NOUN", False)
    text = "Das Volk wolle keine schuldigen Abgeordneten im Parlament sehen, sagte der Präsident."
    assert of_type(analyse_text(text), "REJECT")
