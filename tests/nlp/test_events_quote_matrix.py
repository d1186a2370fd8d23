"""The main clause of a reported statement is the speaker's too: in "Dieser feige Anschlag zeigt,
dass …, erklärte X" lb_quotes takes "zeigt" for a cue of its own and gives X's quote only the
dass-clause; the judging word "feige" in the clause before it counts for X's stance
(speech.MATRIX_OF_QUOTE). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech

_COWARDLY = ("Dieser feige Überfall zeigt, dass Neonazis den Frieden im Land gefährden, "
             "erklärte Innenminister Thomas de Maizière.")


@pytest.mark.parametrize("text", [
    _COWARDLY,
    "Der hinterhältige Angriff zeigt, dass Extremisten die Demokratie bedrohen, sagte Innenminister Thomas de Maizière.",
])
def test_a_judging_word_in_the_main_clause_is_the_speakers(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["DEUGOV"]


def test_a_main_clause_that_judges_nothing_adds_no_stance(analyse_text):
    text = "Dieser Überfall zeigt, dass Neonazis im Land aktiv sind, erklärte Innenminister Thomas de Maizière."
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_the_main_clause_is_not_weighed(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "MATRIX_OF_QUOTE", False)
    assert not of_type(analyse_text(_COWARDLY), "DISAPPROVE")
