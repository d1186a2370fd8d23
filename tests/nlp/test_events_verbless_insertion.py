"""A verbless stretch between commas inside an open verbal bracket ("ist zu drei Jahren, davon zwei
bedingt, verurteilt worden") splits no clause: the auxiliary's subject and the court words stay with
the participle that completes it (``VERBLESS_INSERTION``). Twentieth session (F5); found in gnad3,
where an Austrian court sentence was a DISAPPROVE with no parties. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract

SENTENCE = "Ein Mann ist am Montag im Landesgericht Salzburg zu drei Jahren, davon zwei bedingt, verurteilt worden."


@pytest.mark.parametrize("text", [
    SENTENCE,
    "Die Angeklagte wurde vom Gericht zu zwei Jahren unbedingt, ihr Bruder zu einem Jahr, verurteilt.",
    "Der Beamte ist vom Gericht in Linz zu einer Geldstrafe, insgesamt 4000 Euro, verurteilt worden.",
])
def test_a_sentence_with_an_insertion_is_a_court_sentence(analyse_text, text):
    evs = analyse_text(text)
    assert [e["type"] for e in evs] == ["SANCTION"]
    assert all(c.endswith("JUD") for c in actor_codes(evs[0]["source"]))
    assert evs[0]["source"]


def test_the_subject_before_the_insertion_stays_the_doer(analyse_text):
    acts = of_type(analyse_text("Berlin – Die Bundesregierung will am Montag, einen Tag nach der Wahl, die "
                                "Sanktionen gegen Russland verlängern."), "SANCTION")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["DEUGOV"]


def test_a_zu_infinitive_after_the_commas_is_a_clause_of_its_own(analyse_text):
    acts = of_type(analyse_text("Kritik wird an dem Plan laut, den Sohn des Ministers, einen Anwalt, zum "
                                "Richter zu machen."), "DISAPPROVE")
    assert [a["trigger"]["text"] for a in acts] == ["Kritik"]


def test_without_the_rule_the_insertion_cuts_the_clause(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "VERBLESS_INSERTION", False)
    evs = analyse_text(SENTENCE)
    assert [e["type"] for e in evs] == ["DISAPPROVE"]
