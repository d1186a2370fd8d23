"""An interviewer's yes/no question asserts no act: "STANDARD: Würden Sie der Partei den Preis
verleihen?", "Wären Sie bereit, Ihr Amt aufzugeben?" (10kGNAD interviews, read in the eighteenth
session by helper H3). A question with a question word presupposes its act ("Warum kritisieren
Sie die Regierung?") and stays, as does an act told before or after the question. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_ASKED = "STANDARD: Würden Sie die Sanktionen gegen Russland aufheben? Meier: Das entscheidet Brüssel."


@pytest.mark.parametrize("text, kind", [
    (_ASKED, "CONCEDE"),
    ("STANDARD: Haben Sie den Innenminister in der Sitzung kritisiert? Huber: Nein.", "DISAPPROVE"),
    ("Wären Sie bereit, mit den Rebellen im Norden zu verhandeln?", "CONSULT"),
    ("Die Journalistin fragte: Wird die Regierung die Demonstration verbieten?", "COERCE"),
    ("Bombardiert Russland die Stadt im Norden?", "ASSAULT"),  # the trigger opens the question
])
def test_a_yes_no_question_asserts_no_act(analyse_text, text, kind):
    assert not of_type(analyse_text(text), kind)


@pytest.mark.parametrize("text, kind", [
    ("STANDARD: Warum kritisieren Sie die Regierung in Kiew so scharf?", "DISAPPROVE"),
    ("Der Minister kritisierte die Regierung in Kiew scharf. Wird er zurücktreten?", "DISAPPROVE"),
    ("Die Zeitung fragt: Kommt das Gesetz? Die Opposition kritisierte den Entwurf scharf.", "DISAPPROVE"),
])
def test_a_presupposed_or_stated_act_stays(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)


def test_without_the_rule_the_asked_act_is_an_event(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "POLAR_QUESTION", False)
    monkeypatch.setattr(extract, "INTERVIEWER_DEFAULT_DOER", False)  # (its doer is defaulted: that rule drops it too)
    assert of_type(analyse_text(_ASKED), "CONCEDE")
