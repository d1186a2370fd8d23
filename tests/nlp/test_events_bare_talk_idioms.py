"""A singular talk noun in a bare "in"/"ins" phrase with no partner after it names a matter under
negotiation or deliberation ("ist in Verhandlung", "nahm den Bericht in Verhandlung"), a chat ("ins
Gespräch kommen") or a proposal ("als Kandidaten ins Gespräch bringen"), no talks between parties
(extract.BARE_TALK_IDIOMS); talks with a partner ("in Verhandlungen mit Russland", "zu einem Gespräch
mit …") stay. Twenty-fourth session, false alarms of gnad2, gnad3 and dev10. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Bürgermeister sagte, vieles sei mit dem Investor noch in Verhandlung.",
    "Der Landtag nahm am Mittwoch den Bericht des Rechnungshofs in Verhandlung.",
    "Auf dem Empfang war es leicht, mit Diplomaten ins Gespräch zu kommen.",
    "Die SPD brachte den früheren Minister als Kandidaten ins Gespräch.",
])
def test_a_bare_talk_phrase_is_no_meeting(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT") == []


@pytest.mark.parametrize("text", [
    "Die Ukraine ist seit Wochen in Verhandlungen mit Russland.",
    "Der Außenminister traf sich in Wien zu einem Gespräch mit seinem russischen Kollegen.",
])
def test_talks_with_a_partner_stay(analyse_text, text):
    assert len(of_type(analyse_text(text), "CONSULT")) == 1


def test_without_the_rule_the_deliberation_is_a_meeting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BARE_TALK_IDIOMS", False)
    text = "Der Landtag nahm am Mittwoch den Bericht des Rechnungshofs in Verhandlung."
    assert of_type(analyse_text(text), "CONSULT")
