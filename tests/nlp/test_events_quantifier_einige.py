"""The quantifier "einige" is no form of the verb "sich einigen" (AGREE): when it opened the sentence
("Einige Stunden später meldete sich …"), stood alone as a pronoun ("Für einige stellt sich …") or was
followed by an adverb ("finden sich einige durchaus …"), a "sich" in its clause made it an agreement. The
tagger's indefinite determiner or pronoun tag (PIAT, PIDAT, PIS) now rules the verb out; the verb itself
("wollen sich einigen", "einigten sich") stays. Twenty-fifth session, helper e6. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Einige Stunden später meldete sich der Minister bei der Polizei in Wien.",
    "Für einige stellt sich nun die Frage nach der Zukunft der Regierung.",
    "Auf der Liste der Regierung finden sich einige durchaus bekannte Politiker.",
])
def test_the_quantifier_is_no_agreement(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    "Einige Minister wollen sich noch heute mit Frankreich einigen.",
    "Die Minister der EU einigten sich am Montag auf einen Plan.",
])
def test_the_verb_still_agrees(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE")


def test_without_the_rule_the_opening_quantifier_agrees(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DETERMINER_TAG", False)
    assert of_type(analyse_text("Einige Stunden später meldete sich der Minister bei der Polizei in Wien."),
                   "AGREE")
