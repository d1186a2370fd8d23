"""A warning of a danger is no disapproval (docs/EVENT_CODING.md: "a plain warning of danger → no
event"). "warnen" is DISAPPROVE when someone warns against what an actor does ("warnte vor
Kürzungen"), and triggers.tsv already keeps it out of clauses that name a hazard or a crisis. Session
29 (helper e2, weak trigger words) found "warnen" right about one time in three on the uncoded news;
among the wrong ones, warnings of challenges, of a danger to something, of a wildfire-like spread,
a death trap, a fate, a risk or a threat: words naming a danger, not an act. They join the
``without=`` list of both "warnen" lines (uncoded news: 4 predictions removed, 4 wrong; development
parts: no change). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon

_DANGER = ("herausforderungen", "gefährdung", "flächenbrand", "todesfalle", "schicksal", "risiko", "risiken",
           "bedrohung")


@pytest.mark.parametrize("text", [
    "Der Minister warnte vor den Herausforderungen einer alternden Gesellschaft.",
    "Die Opposition warnte vor einer Gefährdung des Wirtschaftsstandorts.",
    "Der Bürgermeister warnt vor einem Flächenbrand in der Region.",
    "Die Ärztekammer warnte vor den Risiken einer späten Impfung.",
])
def test_a_warning_of_a_danger_is_no_disapproval(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft warnte die Regierung vor Kürzungen bei den Renten.",
    "Die Grünen warnten vor der Schließung der Grenze.",
])
def test_a_warning_against_an_act_stays_a_disapproval(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_both_warning_lines_list_the_danger_words():
    lines = [e for e in load_lexicon().lemmas["warnen"] if e.type in ("DISAPPROVE", "THREATEN")]
    assert len(lines) == 2
    for entry in lines:
        assert set(_DANGER) <= set(entry.without)
