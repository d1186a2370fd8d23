"""A spokesman who reports that someone died of their wounds ("erlag seinen schweren Verletzungen", "seien ihren
Verletzungen erlegen") blames no one: the evaluative stem "verletz" (a breach of a rule) there names wounds. On the
uncoded 10kGNAD news three such reports were DISAPPROVE events of their speaker (speech.INJURY_NOT_BREACH, injury
in evaluations.tsv; twenty-sixth session, helper e2). A breach of a rule ("schwere Verletzungen des Abkommens")
still judges. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech


@pytest.mark.parametrize("text", [
    "Der Junge erlag noch am Unfallort seinen schweren Verletzungen, sagte ein Sprecher der Feuerwehr.",
    "Zwei Polizisten seien im Krankenhaus ihren Verletzungen erlegen, teilte der Innenminister mit.",
    "Drei Bergleute hätten lebensgefährliche Verletzungen davongetragen, sagte der Sprecher der Grubenwehr.",
])
def test_a_report_of_wounds_is_no_criticism(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Russland begehe schwere Verletzungen des Abkommens, sagte der Außenminister.",
    "Die Regierung begehe schwere Verletzungen gegen die Verfassung, sagte der Oppositionschef.",
])
def test_a_breach_of_a_rule_still_judges(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_the_wounds_make_a_criticism(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "INJURY_NOT_BREACH", False)
    text = "Zwei Polizisten seien im Krankenhaus ihren Verletzungen erlegen, teilte der Innenminister mit."
    assert of_type(analyse_text(text), "DISAPPROVE")
