"""A person named only in a comparison ("wie schon Horst Köhler", "wie vor ihm …") is no antecedent
of a later "er" while another person of the last sentences fits: "Er traf sich dort mit …" is the
visitor's meeting. Seventeenth session; found reading lagebild's output on uncoded Wikinews
articles (a president's visit to Poland: the meeting was coded for his predecessor). Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp import coref


def _names(side):
    return [a.get("name") for a in side]


@pytest.mark.parametrize("text, doer", [
    ("Seine erste Reise machte Frank-Walter Steinmeier – wie schon Joachim Gauck – nach Polen. "
     "Er traf sich dort mit Donald Tusk.", "Frank-Walter Steinmeier"),
    ("Angela Merkel reiste wie vor ihr Gerhard Schröder nach Paris. Sie traf sich dort mit Jacques Chirac.",
     "Angela Merkel"),
])
def test_a_compared_person_is_no_antecedent(analyse_text, text, doer):
    acts = [e for e in of_type(analyse_text(text), "CONSULT") if e["trigger"]["text"] == "traf"]
    assert len(acts) == 1
    assert _names(acts[0]["source"]) == [doer]


def test_a_quoted_speaker_after_wie_stays_an_antecedent(analyse_text):
    acts = [e for e in of_type(analyse_text("Wie Joachim Gauck sagte, sei die Reise wichtig. Er traf sich "
                                            "dort mit Donald Tusk."), "CONSULT") if e["trigger"]["text"] == "traf"]
    assert acts and _names(acts[0]["source"]) == ["Joachim Gauck"]


def test_without_the_rule_the_compared_person_meets(analyse_text, monkeypatch):
    monkeypatch.setattr(coref, "COMPARED_PERSONS", False)
    acts = [e for e in of_type(analyse_text("Seine erste Reise machte Frank-Walter Steinmeier – wie schon Joachim "
                                            "Gauck – nach Polen. Er traf sich dort mit Donald Tusk."), "CONSULT")
            if e["trigger"]["text"] == "traf"]
    assert acts and _names(acts[0]["source"]) == ["Joachim Gauck"]
