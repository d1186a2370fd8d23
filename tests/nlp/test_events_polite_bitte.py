""""bitte" as the politeness particle is no request: an interview's question ("Nennen Sie bitte …"),
a web page's instruction ("Bitte … klicken") and a wish after a modal verb ("die Leute sollen bitte …")
were DEMAND events, read as a form of "bitten" (uncoded Wikinews and 10kGNAD, gnad1; none right).
After the polite "Sie" inside a sentence, after a modal verb, or opening a sentence outside a quote
with neither "um" nor "ich"/"wir" next, "bitte" is the particle (``extract.POLITE_BITTE``). The verb
("Ich bitte …", the Konjunktiv I "Der Bürgermeister bitte …"), a headline's noun ("Bitte um Hilfe")
and a quoted plea stay. Twenty-ninth session, helper e6. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Nennen Sie bitte den Namen des Ministers.",
    "Erklären Sie bitte kurz, wie die Wahl in der Provinz abläuft.",
    "Die Flüchtlinge sollen bitte wieder nach Hause gehen, sagte der Kanzler.",
    "Bitte klicken Sie auf die Karte der Provinz.",
    "Bitte für die Ergebnisse der Gemeinden auf den Bezirk tippen.",
])
def test_the_politeness_particle_is_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("text", [
    "Ich bitte die Regierung in Kiew um Hilfe.",
    "Der Bürgermeister bitte die Bewohner um Geduld, hieß es aus dem Rathaus.",
    "Um Verständnis bitte ich die Opposition.",
    "Bitte um Hilfe aus Berlin: Athen wendet sich an die EU.",
    "„Bitte helfen Sie uns“, sagte der Bürgermeister.",
])
def test_the_verb_the_noun_and_a_quoted_plea_stay(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND")


def test_without_the_rule_the_particle_is_a_demand(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "POLITE_BITTE", False)
    assert of_type(analyse_text("Nennen Sie bitte den Namen des Ministers."), "DEMAND")
