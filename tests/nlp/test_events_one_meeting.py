"""Two meeting nouns in one sentence name one meeting ("sagte zum Abschluss des Treffens: Wir hatten intensive
Gespräche", "Es war ein produktives Treffen, sagte … nach den Gesprächen"): the coders code one CONSULT, the
extractor gave two. Unless each noun names parties of its own and they differ, one stays, the one with parties
of its own (extract.ONE_MEETING). Found in dev and gnad1 (3 false CONSULT, none right). Twenty-fifth session,
helper e6. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source", [
    ("Nach dem Treffen sagte der Minister: „Wir hatten sehr gute Gespräche.“", None),
    ("Es war ein gutes Treffen, sagte der französische Außenminister nach den Gesprächen mit Russland in Moskau.",
     ["FRAGOV"]),
])
def test_two_nouns_of_one_meeting_are_one_event(analyse_text, text, source):
    acts = of_type(analyse_text(text), "CONSULT")
    assert len(acts) == 1
    if source:
        assert actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text", [
    "Am Rande des Besuchs des US-Präsidenten in Kuba kamen die Verhandlungen zwischen Kolumbien und den "
    "Rebellen voran.",
    "Nach den Verhandlungen mit Polen kam es zu einem Treffen des Kanzlers mit dem Papst.",
])
def test_meetings_of_different_parties_stay_two(analyse_text, text):
    assert len(of_type(analyse_text(text), "CONSULT")) == 2


def test_without_the_rule_both_nouns_are_meetings(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ONE_MEETING", False)
    assert len(of_type(analyse_text("Es war ein gutes Treffen, sagte der französische Außenminister nach den "
                                    "Gesprächen mit Russland in Moskau."), "CONSULT")) == 2
