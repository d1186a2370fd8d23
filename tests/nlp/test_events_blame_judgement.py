"""Verbal acts said with a construction rather than a verb of criticism. Eighteenth session, recall
of verbal acts where lagebild predicted nothing (gnad1 and the Wikinews development parts). Every
sentence is written for these tests.

- Laying the blame on someone ("gab der Opposition die Schuld", "schob ihr die Schuld zu") is an
  accusation, DISAPPROVE of the one blamed (triggers.tsv); debts ("Schulden") are no blame.
- A judging verb with "kritisch", "skeptisch" or "negativ" ("sieht die Pläne kritisch", "werden
  kritisch betrachtet", "bewertet negativ", "hält sie für populistisch") is criticism (triggers.tsv).
"""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, source, target", [
    ("Berlin – Die Regierung gab der Opposition die Schuld an den Unruhen.", ["DEUGOV"], ["DEUOPP"]),
    ("Berlin – Die Regierung schob der Opposition die Schuld an der Krise zu.", ["DEUGOV"], ["DEUOPP"]),
    ("Paris – Der französische Präsident gab den Gewerkschaften eine Mitschuld am Stillstand.",
     ["FRAGOV"], ["FRALAB"]),
])
def test_laying_the_blame_is_an_accusation(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text", [
    "Athen – Die Regierung gab dem Land einen Teil seiner Schulden zurück.",
    "Berlin – Die Polizei gab Herzversagen als Ursache an und schloss ein Fremdverschulden aus.",
])
def test_debts_and_fault_words_are_no_blame(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text, source, target", [
    ("Warschau – Polen sieht die Pläne Russlands kritisch.", ["POL"], ["RUS"]),
    ("Wien – Die Vorschläge des Innenministers werden von den Richtern kritisch betrachtet.",
     ["AUTJUD"], ["AUTGOV"]),
    ("Wien – Die Richter bewerten die Pläne des Innenministers negativ.", ["AUTJUD"], ["AUTGOV"]),
    ("Wien – Die Richter halten die Pläne des Innenministers für populistisch.", ["AUTJUD"], ["AUTGOV"]),
])
def test_a_critical_judgement_is_criticism(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_seeing_something_without_judging_it_is_no_criticism(analyse_text):
    assert not of_type(analyse_text("Warschau – Polen sieht die Pläne Russlands gelassen."), "DISAPPROVE")
