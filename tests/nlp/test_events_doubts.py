"""Doubts and reservations voiced ("äußerte Zweifel an", "meldete Vorbehalte an") are objections like
"Bedenken", DISAPPROVE; the noun alone ("ohne Zweifel", "unter Vorbehalt", "es gibt keinen Zweifel")
is none. "störte sich an X" objects to X. Data lines in triggers.tsv. Eighteenth session, recall of
verbal acts where lagebild predicted nothing. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, source, target", [
    ("Brüssel – Die EU-Kommission äußerte Zweifel an den Zahlen der griechischen Regierung.",
     ["IGOEUREEC"], ["GRCGOV"]),
    ("Berlin – Die Ministerin meldete Vorbehalte gegen den Plan der SPD an.", ["DEUGOV"], ["DEUPTY"]),
    ("Berlin – Der Oppositionsführer hegt Zweifel an den Versprechen der Regierung.", ["DEUOPP"], ["DEUGOV"]),
])
def test_voiced_doubts_are_objections(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text", [
    "Berlin – Die Regierung hat ohne Zweifel eine schwierige Aufgabe vor sich.",
    "Berlin – Der Bundestag stimmte dem Haushalt unter Vorbehalt zu.",
    "Berlin – Es gibt keinen Zweifel an der Schuld des Angeklagten.",
])
def test_the_noun_alone_is_no_objection(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_taking_offence_at_something_is_an_objection(analyse_text):
    acts = of_type(analyse_text("Berlin – Der Oppositionsführer störte sich an den Aussagen der Ministerin."),
                   "DISAPPROVE")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (["DEUOPP"], ["DEUGOV"])
