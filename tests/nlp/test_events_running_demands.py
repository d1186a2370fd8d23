"""Running indirect speech: a sentence in Konjunktiv after a speaker's sentence, with no cue of its own,
goes on reporting that speaker ("Der Oppositionsführer kritisierte den Kanzler. Der Kanzler müsse sich
entschuldigen."). lb_quotes gives such a sentence to the speaker without a cue, and the quote was
skipped, so the demand was lost; the coders code it as a DEMAND of that speaker on the actor who must
act (speech.RUNNING_DEMANDS, must_running and must_expect in evaluations.tsv). Nineteenth session;
found in the misses of the development parts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech

LEAD = "Der Oppositionsführer kritisierte den Kanzler scharf. "


@pytest.mark.parametrize("text, trigger, source, target", [
    (LEAD + "Der Kanzler müsse sich bei den Opfern entschuldigen.", "müsse", ["DEUOPP"], ["DEUGOV"]),
    (LEAD + "Deshalb müsse der Kanzler zurücktreten.", "müsse", ["DEUOPP"], ["DEUGOV"]),
    ("Der Bundeskanzler kritisierte die Opposition. Die Grünen müssten endlich ihre Blockade aufgeben.",
     "müssten", ["DEUGOV"], ["DEUPTY"]),
])
def test_an_obligation_in_running_speech_is_a_demand_of_the_last_speaker(analyse_text, text, trigger,
                                                                          source, target):
    demands = [e for e in of_type(analyse_text(text), "DEMAND") if e["trigger"]["text"] == trigger]
    assert len(demands) == 1
    assert (actor_codes(demands[0]["source"]), actor_codes(demands[0]["target"])) == (source, target)


def test_the_target_is_the_one_who_must_act_not_the_parties_of_the_act(analyse_text):
    text = "Merkel kritisierte Russland. Russland müsse seine Truppen aus der Ukraine abziehen."
    demands = [e for e in of_type(analyse_text(text), "DEMAND") if e["trigger"]["text"] == "müsse"]
    assert len(demands) == 1
    assert actor_codes(demands[0]["target"]) == ["RUS"]


@pytest.mark.parametrize("text", [
    LEAD + "Der Kanzler müsse mit einer Niederlage rechnen.",   # an expectation
    LEAD + "Der Kanzler müsse vom Parlament abgewählt werden.",       # a passive: who must act is not named
    "Der Bundeskanzler kritisierte die Opposition. Wir müssten alle gemeinsam handeln.",  # the speaker's own duty
])
def test_an_expectation_a_passive_or_an_own_duty_is_no_demand(analyse_text, text):
    assert not [e for e in of_type(analyse_text(text), "DEMAND") if e["trigger"]["text"].startswith("müss")]


def test_without_the_rule_the_running_demand_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "RUNNING_DEMANDS", False)
    text = LEAD + "Deshalb müsse der Kanzler zurücktreten."
    assert not [e for e in of_type(analyse_text(text), "DEMAND") if e["trigger"]["text"] == "müsse"]
