"""Not understanding or not justifying an act is criticism of it: "Die Entscheidung des Ministeriums könne er
nicht nachvollziehen", "Die Kürzung sei nicht zu rechtfertigen", "Die Arbeit der Behörde lasse zu wünschen
übrig". These phrases of evaluations.tsv (``neg``: "kann/könne/überhaupt nicht verstehen", "nicht
nachvollziehen", "nicht nachzuvollziehen", "nicht einzusehen", "nicht (zu) rechtfertigen", "zu wünschen
übrig") make a quote with them a DISAPPROVE of its speaker (speech.py); a bare "verstehen" ("er könne die
Sorgen verstehen") stays none. In the development parts and the uncoded news the phrases stand in 7
sentences of 7 articles, 6 of them criticism (the seventh a ministry rejecting criticism, which has no quote
cue and makes no event).

Session 30, helper r1s30 (recall of criticism said in words). Development parts: 2 DISAPPROVE events added,
2 right (pooled type matches 2598 → 2600, predictions 3576 → 3578, type F1 .6628 → .6631; tuple 1766 →
1768). Uncoded news: no event changed. Every sentence is written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech
from lagebild.nlp.events.lexicon import load_lexicon

_PHRASES = ("kann nicht verstehen", "könne nicht verstehen", "überhaupt nicht verstehen", "nicht nachvollziehen",
            "nicht nachzuvollziehen", "nicht einzusehen", "nicht zu rechtfertigen", "nicht rechtfertigen",
            "zu wünschen übrig")


@pytest.mark.parametrize("text, source", [
    ("Die Arbeit der Behörde lasse zu wünschen übrig, sagte der Bürgermeister.", "GOV"),
    ("Die Kürzung der Mittel durch die Regierung sei nicht zu rechtfertigen, erklärte die Gewerkschaft.", "LAB"),
    ("Die Entscheidung des Ministeriums könne er nicht nachvollziehen, sagte der Landeshauptmann.", "GOV"),
])
def test_not_understanding_or_justifying_is_a_criticism(analyse_text, text, source):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts and source in actor_codes(acts[0]["source"])


def test_the_target_named_in_the_quote(analyse_text):
    text = "Die Kürzung der Mittel durch die Regierung sei nicht zu rechtfertigen, erklärte die Gewerkschaft."
    assert "GOV" in actor_codes(of_type(analyse_text(text), "DISAPPROVE")[0]["target"])


def test_understanding_is_no_criticism(analyse_text):
    text = "Der Bürgermeister erklärte, er könne die Sorgen der Anrainer verstehen."
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_an_old_word_of_blame_still_works(analyse_text):
    text = "Die Kürzung der Mittel durch die Regierung sei inakzeptabel, erklärte die Gewerkschaft."
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_phrases_the_quote_judged_no_one():
    ev = dict(load_lexicon().evaluations)
    ev["neg"] = tuple(s for s in ev["neg"] if s not in _PHRASES)
    text = "Die Arbeit der Behörde lasse zu wünschen übrig"
    assert speech.polarity(text, SimpleNamespace(evaluations=ev)) == 0
    assert speech.polarity(text, load_lexicon()) > 0
    assert set(_PHRASES) <= set(load_lexicon().evaluations["neg"])
