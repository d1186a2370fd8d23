"""A talk with a newspaper, broadcaster or news agency is an interview, not a CONSULT, also when the medium is
named by a compound ("Sonntagszeitung", "ORF-Fernsehens"), by a name ending in such a head ("Salzburger
Nachrichten") or by a short name ("SZ", "ZiB2"), further than three words after "mit". On the uncoded 10kGNAD news
five such interviews were CONSULT events (extract.MEDIA_NAME_INTERVIEW, twenty-sixth session, helper e2). A talk with
a minister or a government stays a CONSULT. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Bankchef betonte im Gespräch mit der SZ die Bedeutung des Geschäfts.",
    "Der Landesrat sagte im Gespräch mit den Salzburger Nachrichten, er sehe keinen Grund zur Eile.",
    "Das sei ein Fehler, sagte die Ministerin im Gespräch mit der Frankfurter Allgemeinen Sonntagszeitung.",
    "Man dürfe das nicht unterschätzen, sagte der Notenbankchef im Gespräch mit der Finanz-Nachrichtenagentur "
    "dpa-AFX.",
    "Das sei gefährlich, sagte der Abgeordnete am Montag im Gespräch mit der ZiB2 des ORF-Fernsehens.",
])
def test_a_talk_with_a_medium_is_no_consult(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Der Kanzler sagte im Gespräch mit dem französischen Präsidenten, er unterstütze den Plan.",
    "Die Ministerin führte am Montag ein Gespräch mit der Regierung Spaniens.",
])
def test_a_talk_with_a_party_stays_a_consult(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT")


def test_without_the_rule_the_interview_is_a_consult(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "MEDIA_NAME_INTERVIEW", False)
    text = "Der Landesrat sagte im Gespräch mit den Salzburger Nachrichten, er sehe keinen Grund zur Eile."
    assert of_type(analyse_text(text), "CONSULT")
