"""A word that holds a stem of political conflict but names something else does not make a text about
political conflict: "terrorisierte" (a stalker), "bekämpfen" (poverty), "Vertragsparteien",
"Nichtregierungsorganisation", a budget's "Voranschlag". The stems of conflict.tsv are matched inside words,
so a report of a private murder whose only such word was "terrorisierte" kept its killings as ASSAULTs
(uncoded Wikinews), and a union's "Angriff auf unser Sozialsystem" in a text that said "Armut bekämpfen" was an
ASSAULT (uncoded 10kGNAD). The state's acts on a crime stay. Twenty-sixth session, helper e1. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_MURDER = ("Ein 41-jähriger Mann hat am Montag in Bremen seine frühere Lebensgefährtin erschossen. "
           "Nach der Trennung terrorisierte er die Frau monatelang mit Anrufen. "
           "Die Polizei nahm den Mann noch am Abend fest.")
_MURDER_PERFECT = ("Ein 41-jähriger Mann hat am Montag in Bremen seine frühere Lebensgefährtin erschossen. "
                   "Er hatte die Frau nach der Trennung monatelang mit Anrufen terrorisiert. "
                   "Die Polizei nahm den Mann noch am Abend fest.")


@pytest.mark.parametrize("text", [_MURDER, _MURDER_PERFECT])
def test_a_stalker_who_terrorised_his_victim_commits_a_crime_not_political_violence(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "ASSAULT")
    assert of_type(evs, "COERCE")  # the arrest, the state's act, stays


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft will die Armut im Land bekämpfen. Die geplante Kürzung sei ein massiver Angriff auf "
    "Arbeitnehmer und auf das Sozialsystem, sagte ihr Vorsitzender am Dienstag.",
    "Beide Vertragsparteien sollen im Wahlkampf persönliche Angriffe unterlassen, heißt es in dem Papier.",
])
def test_figurative_attacks_in_a_text_without_conflict_are_no_assault(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


def test_a_real_conflict_word_still_counts(analyse_text):
    evs = analyse_text("Nach der Trennung terrorisierte er die Frau. Rebellen haben am Montag in der Provinz "
                       "ein Dorf angegriffen und drei Menschen erschossen.")
    assert of_type(evs, "ASSAULT")


def test_without_the_rule_the_stalkers_killing_is_an_assault(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NOT_CONFLICT_WORDS", False)
    assert of_type(analyse_text(_MURDER), "ASSAULT")
