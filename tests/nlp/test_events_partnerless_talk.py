"""A singular "Gespräch" or "Interview" after "in einem"/"in dem" with no partner named after it, set inside a
clause whose verb stands before it ("sagte sie dem Sender in einem Gespräch", "fügte er in dem am Montag
ausgestrahlten Gespräch hinzu"), is the conversation in which one side spoke: an interview, no talks between
parties, so no CONSULT. Talks with a partner ("in einem Gespräch mit Orban"), a sentence opening with the talk
("In dem Gespräch ging es um …") and two countries' leaders talking stay. Session 26, helper e11 (uncoded news:
4 articles, all interviews or chats). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Ministerin sagte der Tageszeitung Kurier in einem Gespräch, Österreich werde keine Zäune bauen.",
    "Die Ministerin klagte in einem Gespräch während der Reise, alle wollten nur Geld.",
    "Das sei ein Fehler gewesen, fügte der Kanzler in dem am Sonntag ausgestrahlten Gespräch hinzu.",
])
def test_a_talk_with_no_partner_that_a_speaker_speaks_in_is_no_consult(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Der Kanzler hat am Montag in einem Gespräch mit Orban die Grenzfrage erörtert.",
    "Der Kanzler empfing Orban am Montag in Wien. In dem Gespräch ging es um die Grenze.",
])
def test_talks_with_a_partner_or_as_the_topic_stay(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT")


def test_without_the_rule_the_interview_is_a_consult(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PARTNERLESS_TALK", False)
    assert of_type(analyse_text("Die Ministerin klagte in einem Gespräch während der Reise, alle wollten nur "
                                "Geld."), "CONSULT")
