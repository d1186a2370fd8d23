"""An obligation word with a word of frequency in its clause ("müsse immer wieder", "müssten oft", "müsse jedes
Jahr") tells what someone has to do again and again, a fact or a burden, not a demand on anyone
(speech.HABITUAL_NO_DEMAND, ``habitual`` in evaluations.tsv). Such sentences, quoted or in running indirect speech,
made DEMAND events of their speakers (uncoded news: 2 of 2 wrong; development parts: 1 of 1 wrong). Twenty-seventh
session, helper e6. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech

_RUNNING = ("Der Bürgermeister von Graz kritisierte die Regierung in Wien. "
            "Die Stadt müsse immer wieder Flüchtlinge aus Slowenien aufnehmen.")


@pytest.mark.parametrize("text", [
    _RUNNING,
    "Die polnische Regierung müsse häufig Anfragen aus Deutschland beantworten, sagte der Minister.",
    "Die Regierung in Rom müsse jedes Jahr tausende Boote aus Libyen aufnehmen, sagte der Sprecher der "
    "italienischen Küstenwache.",
])
def test_an_obligation_told_as_a_habit_is_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("text", [
    "Der Bürgermeister von Graz kritisierte die Regierung in Wien. "
    "Die Regierung müsse endlich mehr Geld für die Stadt bereitstellen.",
    "Die Regierung müsse die Flüchtlinge aus Slowenien aufnehmen, sagte der Minister.",
])
def test_an_obligation_without_a_word_of_frequency_stays_a_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND")


def test_without_the_rule_the_habit_is_a_demand(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "HABITUAL_NO_DEMAND", False)
    assert of_type(analyse_text(_RUNNING), "DEMAND")
