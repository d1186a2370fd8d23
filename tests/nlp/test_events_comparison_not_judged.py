"""A bad word after "weniger" ("weniger besorgniserregend, als es scheint") or in a comparative that compares
("schlechter als die Lage", "noch schlechter werden") measures one state against another and judges no one
(speech.COMPARISON_NOT_JUDGED, ``lessening`` and ``comparison`` in evaluations.tsv). Such quotes made DISAPPROVE
events of their speakers (uncoded news: 1 of 1 wrong; development parts: 2 of 2 wrong). A bare bad word ("sei
schlecht", "ein schlechter Plan") still judges. Twenty-seventh session, helper e6. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech

_LESS = ("Die Lage an den Schulen sei weniger besorgniserregend, als es auf den ersten Blick scheine, betonte die "
         "Ministerin.")


@pytest.mark.parametrize("text", [
    _LESS,
    "In Ungarn ist die Stimmung schlechter als die Lage, sagte der Minister.",
    "Die Stimmung im Land könne noch schlechter werden, sagte der Minister.",
])
def test_a_comparison_is_no_criticism(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Der Plan der Regierung in Berlin sei schlecht, sagte der Minister.",
    "Das sei ein schlechter Plan der Regierung in Berlin, sagte der Minister.",
])
def test_a_bare_bad_word_still_judges(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_the_comparison_is_a_criticism(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "COMPARISON_NOT_JUDGED", False)
    assert of_type(analyse_text(_LESS), "DISAPPROVE")
