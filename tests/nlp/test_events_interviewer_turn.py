"""In an interview the interviewer's turns ("STANDARD: …", "Frage: …", up to the next speaker's
label) ask about things or sketch their background: an act there whose doer the text does not
name, and which the pipeline gave the setting's default actor ("die Kämpfe" -> the setting's
rebels, "eine Abschiebung" -> its police), is no act told (extract.INTERVIEWER_DEFAULT_DOER). On
the uncoded 10kGNAD interviews 20 of 22 such events were wrong. An act whose doer the interviewer
names stays, and so does every act in the answers. Twenty-eighth session, helper e8. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest

from lagebild.nlp.events import extract

_LEAD = "Die Lage im Sudan bleibt angespannt. Amal Osman leitet eine Klinik in Khartum. "


def _triggers(evs):
    return [e["trigger"]["text"] for e in evs]


@pytest.mark.parametrize("turns, trigger", [
    ("STANDARD: Wie wirken sich die Kämpfe auf Ihre Klinik aus? Osman: Wir haben kaum noch Medikamente.",
     "Kämpfe"),
    ("STANDARD: Seit Monaten gibt es Festnahmen von Helfern. Was bedeutet das für Sie? Osman: Wir arbeiten "
     "weiter.", "gibt"),
    ("Frage: Was geschieht nach einer Abschiebung? Antwort: Darüber entscheiden die Gerichte.", "Abschiebung"),
])
def test_an_act_without_a_named_doer_in_the_interviewers_turn_is_dropped(analyse_text, turns, trigger):
    assert trigger not in _triggers(analyse_text(_LEAD + turns))


def test_an_act_whose_doer_the_interviewer_names_stays(analyse_text):
    evs = analyse_text(_LEAD + "STANDARD: Gestern hat die Armee die Stadt bombardiert. Was haben Sie gesehen? "
                                "Osman: Viele Verletzte.")
    assert "bombardiert" in _triggers(evs)


def test_the_same_acts_in_the_answer_stay(analyse_text):
    evs = analyse_text(_LEAD + "STANDARD: Was sehen Sie jeden Tag? Osman: Die Kämpfe gehen weiter, seit Wochen "
                                "gibt es Festnahmen von Helfern.")
    assert {"Kämpfe", "gibt"} <= set(_triggers(evs))


def test_without_the_rule_the_interviewers_topic_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "INTERVIEWER_DEFAULT_DOER", False)
    evs = analyse_text(_LEAD + "STANDARD: Wie wirken sich die Kämpfe auf Ihre Klinik aus? Osman: Wir haben kaum "
                                "noch Medikamente.")
    assert "Kämpfe" in _triggers(evs)
