"""A shooter who speaks of himself is no reported attack. "schießen" is ASSAULT when the text tells
that a party fired ("Soldaten schossen auf Demonstranten"); "ich schieße gern" (a hobby), "wenn wir
schießen, müssen wir richtig schießen" (an order recalled) and "dann schieße ich dir …" (a private
threat told as an anecdote) are a speaker's own habit, rule or boast, no act of a party. The ASSAULT line
of "schießen" in triggers.tsv gets a ``without=`` list of the first and second person (ich, wir, du).
Session 29, helper r3; uncoded news: 3 removed, 3 wrong (gn485, gn749); development parts: 1 removed,
1 wrong (gnad6). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Ein Grenzsoldat der Armee erzählte über den Krieg: Wenn wir schießen, müssen wir auch treffen.",
    "Der Rebellenführer prahlte im Bürgerkrieg: Ich schieße gern auf Hubschrauber.",
    "Der Milizionär sagte über den Krieg: Dann schieße ich dir in den Rücken.",
])
def test_a_speaker_shooting_is_no_attack(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Soldaten schossen in Rangun auf Demonstranten.",
    "Die Polizei hat in Caracas auf protestierende Studenten geschossen.",
])
def test_a_party_shooting_stays_an_attack(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT")


def test_the_assault_line_of_schiessen_lists_the_speaker():
    lines = [e for e in load_lexicon().lemmas["schießen"] if e.type == "ASSAULT"]
    assert lines and {"ich", "wir", "du"} <= set(lines[0].without)
