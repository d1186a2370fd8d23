"""Words whose clause names no addressee answer a party of their own sentence or of the two sentences
before, not one named three sentences earlier (extract.ADDRESSEE_NEAR). Judged on uncoded news, a
party carried over from that far back was mostly wrong: a country named only as the place of another
story, a body of an earlier paragraph. Twenty-seventh session, helper e16.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_FAR = ("Stockholm – In Stockholm fand am Dienstag ein großes Volksfest statt. "
        "Die dänische Regierung hat die Polizei Norwegens am Montag scharf kritisiert. "
        "Die Besucher in Stockholm tranken Wein und hörten Musik. "
        "Der Regen hielt in Stockholm bis zum Abend an. ")


@pytest.mark.parametrize("last", [
    "Die finnische Regierung wies die Vorwürfe am Mittwoch zurück.",
    "Die finnische Regierung lehnte das am Mittwoch entschieden ab.",
])
def test_words_do_not_answer_a_party_named_three_sentences_before(analyse_text, last):
    acts = of_type(analyse_text(_FAR + last), "REJECT")
    assert acts and not {"DNKGOV", "NORCOP"} & set(codes(acts[-1]["target"]))


@pytest.mark.parametrize("last, code", [
    ("Die französische Regierung hat Italien am Montag scharf kritisiert. "
     "Die italienische Regierung wies die Vorwürfe am Dienstag zurück.", "FRAGOV"),
    ("Die französische Regierung hat Italien am Montag scharf kritisiert. Am Dienstag regnete es in Rom. "
     "Die italienische Regierung wies die Vorwürfe am Mittwoch zurück.", "FRAGOV"),
])
def test_words_still_answer_a_party_of_the_two_sentences_before(analyse_text, last, code):
    acts = of_type(analyse_text(last), "REJECT")
    assert acts and codes(acts[-1]["target"]) == [code]


def test_without_the_rule_the_party_from_further_back_is_answered(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ADDRESSEE_NEAR", False)
    acts = of_type(analyse_text(_FAR + "Die finnische Regierung wies die Vorwürfe am Mittwoch zurück."), "REJECT")
    assert acts and {"DNKGOV", "NORCOP"} & set(codes(acts[-1]["target"]))
