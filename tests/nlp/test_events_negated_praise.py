"""Quotes that judge with a negated word of praise ("nicht redlich", "keine gute Idee") or with the
words of everyday political blame ("populistisch", "überzogen", "mutlos") are criticism of the actor
they name (``NEGATED_PRAISE`` in lagebild.nlp.events.speech, ``negated_pos`` and new ``neg`` stems in
evaluations.tsv). Eighteenth session, issue 10; found in the misses of the gnad1 part (Austrian
party politics, where most criticism is quoted). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech
from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("quote", [
    "Das sei intellektuell nicht sehr redlich",
    "Der Vorschlag sei nicht zielführend",
    "Das ist keine gute Idee",
    "Mit dem Ergebnis sind wir nicht zufrieden",
])
def test_negated_praise_is_blame(quote):
    assert speech.polarity(quote, load_lexicon()) > 0


@pytest.mark.parametrize("quote", [
    "Das ist kein schlechter Vorschlag",
    "Es gebe keine Kritik an der Regierung",
])
def test_negated_blame_is_no_blame(quote):
    assert speech.polarity(quote, load_lexicon()) <= 0


@pytest.mark.parametrize("quote", [
    "Der Plan sei populistisch und überzogen",
    "Die Politik des Kanzlers sei mutlos und tatenlos",
    "Das Vorgehen der Behörde sei fragwürdig und unverhältnismäßig",
])
def test_political_blame_words_judge(quote):
    assert speech.judging(quote, load_lexicon()) > 0


@pytest.mark.parametrize("quote", [
    "Der Stoff sei gesundheitlich unbedenklich",
    "Der Waffenstillstand halte seit Tagen",
])
def test_words_that_only_look_like_blame_do_not_judge(quote):
    assert speech.polarity(quote, load_lexicon()) == 0


@pytest.mark.parametrize("text, source, target", [
    ("Wien – Die Vorschläge der Regierung seien nicht redlich, sagte der FPÖ-Chef Heinz-Christian Strache.",
     "AUTPTY", "AUTGOV"),
    ("Das ist keine gute Idee der Regierung, sagte der FPÖ-Chef.", "AUTPTY", "AUTGOV"),
    ("Der Plan der Regierung sei populistisch und überzogen, sagte der Grünen-Chef.", "DEUPTY", "DEUGOV"),
])
def test_a_quote_with_negated_praise_is_disapproval(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["source"]] == [source]
    assert [a.get("actor_code") for a in acts[0]["target"]] == [target]


def test_without_the_rule_negated_praise_is_no_blame(monkeypatch):
    monkeypatch.setattr(speech, "NEGATED_PRAISE", False)
    assert speech.polarity("Das sei intellektuell nicht sehr redlich", load_lexicon()) == 0
    assert speech.polarity("Mit dem Ergebnis sind wir nicht zufrieden", load_lexicon()) < 0
