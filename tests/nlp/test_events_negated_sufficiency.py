"""A speaker who says something is "nicht ausreichend", "nicht gewährleistet" or "nicht schnell genug" done finds
fault with whoever is in charge: a DISAPPROVE of the speaker (``negated_enough`` in evaluations.tsv,
speech.NEGATED_SUFFICIENCY). The words alone, without a negator, judge nothing ("Das Geld reicht, es ist genug
da"). From the missed DISAPPROVE events of the development parts (5 of 5 such quotes coded DISAPPROVE, in 4
articles). Twenty-fifth session, helper e5. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech

FAULT = [
    "Die Rechte der Flüchtlinge seien in den Lagern Ungarns nicht ausreichend geschützt, sagte der österreichische "
    "Innenminister.",
    "Die Sicherheit der Helfer ist mit diesem Plan der Regierung nicht gewährleistet, erklärte das Rote Kreuz.",
    "Die Behörden in Rom brächten die Hilfsgüter nicht schnell genug in die Dörfer, sagte der Sprecher der "
    "Caritas.",
]


@pytest.mark.parametrize("text", FAULT)
def test_negated_sufficiency_in_a_quote_is_disapproval(analyse_text, text):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == 1


@pytest.mark.parametrize("text", [
    "Für die Flüchtlinge sei genug Platz in den Quartieren, sagte der Bürgermeister.",
    "Die Versorgung der Bevölkerung sei ausreichend gesichert, erklärte der Innenminister.",
])
def test_sufficiency_said_without_a_negator_judges_no_one(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE") == []


def test_without_the_rule_no_disapproval(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "NEGATED_SUFFICIENCY", False)
    assert of_type(analyse_text(FAULT[0]), "DISAPPROVE") == []
