"""Recognising a person's status or a qualification is no stance. "anerkennen" and "Anerkennung" are
SUPPORT (or, negated, REJECT) when a party acknowledges another ("erkannte die neue Regierung an");
"als Flüchtling anerkannt", "die Anerkennung ausländischer Abschlüsse" are an authority's routine
decision on a person's asylum or schooling, no act between parties. The SUPPORT and REJECT lines of
"anerkennen" and the line of "Anerkennung" in triggers.tsv get a ``without=`` list of refugee,
asylum and qualification words. Session 29, helper e2 (weak trigger words: "anerkennen" right 6
times in 14 on the development parts); uncoded news: 2 removed, 2 wrong; development parts: 3
removed, 3 wrong. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Die Familie wurde im Frühjahr als Flüchtlinge anerkannt.",
    "Die Kammer fordert eine raschere Anerkennung ausländischer Abschlüsse.",
    "Nach der Anerkennung als Flüchtling dürfen die Männer arbeiten.",
])
def test_recognising_a_status_or_a_qualification_is_no_stance(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "SUPPORT") and not of_type(evs, "REJECT")


@pytest.mark.parametrize("text", [
    "Frankreich erkannte die neue Regierung in Tripolis an.",
    "Die Opposition erkannte das Ergebnis der Wahl nicht an.",
])
def test_recognising_a_party_or_a_result_stays_a_stance(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "SUPPORT") or of_type(evs, "REJECT")


def test_the_recognition_lines_list_status_words():
    lex = load_lexicon()
    lines = [e for e in lex.lemmas["anerkennen"] + lex.lemmas["Anerkennung"] if e.type in ("SUPPORT", "REJECT")]
    assert len(lines) == 3
    for entry in lines:
        assert {"flüchtling", "asyl", "abschlüsse"} <= set(entry.without)
