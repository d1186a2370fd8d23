"""An adverb of likeness with "sich äußern" ("Ebenso äußerte sich der Gewerkschaftsbund", "Ähnlich
äußerte sich die SPD") echoes the last verbal act told: the clause's subject does an act of that type,
aimed at that act's target. Twenty-second session (F2): found by counting why silent gold events were
missed (the support verb carried no noun). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Die Opposition forderte am Montag den Rücktritt der Regierung. Ebenso äußerte sich der Gewerkschaftsbund.",
     "DEMAND", ["LAB"], ["GOV"]),
    ("Die Grünen kritisierten den Innenminister scharf. Ähnlich äußerte sich die SPD.",
     "DISAPPROVE", ["DEUPTY"], ["DEUGOV"]),
    ("Die Grünen kritisierten den Innenminister scharf. Die SPD äußerte sich genauso.",
     "DISAPPROVE", ["DEUPTY"], ["DEUGOV"]),
])
def test_a_likewise_statement_repeats_the_last_verbal_act(analyse_text, text, kind, source, target):
    acts = [e for e in of_type(analyse_text(text), kind) if e["trigger"]["text"].startswith("äußert")]
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text", [
    # no adverb of likeness: the words are not told
    "Die Grünen kritisierten den Innenminister scharf. Die SPD äußerte sich nicht.",
    # the last act is no verbal one: likeness says nothing about words
    "Russland hat die Ukraine angegriffen. Ähnlich äußerte sich die SPD.",
])
def test_no_act_without_likeness_or_without_a_verbal_act_before(analyse_text, text):
    assert not [e for e in analyse_text(text) if e["trigger"]["text"].startswith("äußert")]


def test_without_the_rule_the_statement_gives_no_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LIKEWISE_STATEMENT", False)
    evs = analyse_text("Die Grünen kritisierten den Innenminister scharf. Ähnlich äußerte sich die SPD.")
    assert not [e for e in evs if e["trigger"]["text"].startswith("äußert")]
