"""A trial noun with its defendant named ("Im Prozess gegen den früheren Innenminister …") is an act of
its own (DISAPPROVE allege, court > defendant) also when its clause has another verb event ("… hat der
Staatsanwalt Haft gefordert"); such nouns were dropped for want of an actor of their own
(extract.TRIAL_AGAINST_DEFENDANT, defendant_prep in function_words.tsv). Nineteenth session; found in
the misses of the development parts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


def _trials(events, word):
    return [e for e in of_type(events, "DISAPPROVE") if e["trigger"]["text"] == word]


@pytest.mark.parametrize("text, word, target", [
    ("Im Prozess gegen den früheren Innenminister hat der Staatsanwalt fünf Jahre Haft gefordert.", "Prozess",
     ["GOV"]),
    ("Im Verfahren gegen den ehemaligen Verteidigungsminister hat die Staatsanwaltschaft am Dienstag eine "
     "Haftstrafe gefordert.", "Verfahren", ["GOV"]),
])
def test_a_trial_against_a_named_defendant_is_an_act_beside_the_clause_verb(analyse_text, text, word, target):
    trials = _trials(analyse_text(text), word)
    assert len(trials) == 1
    assert actor_codes(trials[0]["target"]) == target
    assert [a["actor_code"][-3:] for a in trials[0]["source"]] == ["JUD"]


@pytest.mark.parametrize("text", [
    "Im Prozess hat der Staatsanwalt fünf Jahre Haft gefordert.",  # no defendant named
    "Im Prozess um die Korruption hat der Staatsanwalt fünf Jahre Haft gefordert.",
])
def test_a_trial_without_a_defendant_in_a_clause_with_a_verb_stays_dropped(analyse_text, text):
    assert not _trials(analyse_text(text), "Prozess")


def test_without_the_rule_the_trial_is_dropped(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TRIAL_AGAINST_DEFENDANT", False)
    text = "Im Prozess gegen den früheren Innenminister hat der Staatsanwalt fünf Jahre Haft gefordert."
    assert not _trials(analyse_text(text), "Prozess")
