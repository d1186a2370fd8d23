"""Exchanging is cooperation only when what is exchanged is something states share: information, data, evidence,
diplomats, prisoners. "Die Führungsebene wurde ausgetauscht" (replaced), "Unfreundlichkeiten wurden ausgetauscht"
(words), young people meeting "um sich auszutauschen", a spy swap in a film plot: the COOPERATE line of
"aus|tauschen" in triggers.tsv fired on every one of them and was right on none; it gets an ``obj=`` list of the
things shared (the reflexive "sich über … austauschen" stays CONSULT on its own line, prisoners CONCEDE on theirs).
Session 30, helper p2s30 (precision of the cooperation types); uncoded news: 3 removed in 3 articles, 3 wrong;
development parts: 1 removed (gnad6, a film plot), wrong; pooled type matches 2596 -> 2596, predictions -1.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Die gesamte Führungsebene der Behörde wurde im Frühjahr ausgetauscht.",
    "Bei der Sitzung wurden vor allem Unfreundlichkeiten ausgetauscht.",
    "Die Polizei tauschte die Reifen des Dienstwagens aus.",
])
def test_replacing_or_trading_words_is_no_cooperation(analyse_text, text):
    assert not of_type(analyse_text(text), "COOPERATE")


@pytest.mark.parametrize("text", [
    "Die Geheimdienste Frankreichs und Belgiens tauschten Informationen über die Verdächtigen aus.",
    "Die Polizeibehörden beider Länder haben Daten über die Schlepper ausgetauscht.",
])
def test_sharing_information_stays_cooperation(analyse_text, text):
    assert len(of_type(analyse_text(text), "COOPERATE")) == 1


def test_talking_things_over_stays_a_consultation(analyse_text):
    evs = analyse_text("Die Außenminister tauschten sich über die Lage in Syrien aus.")
    assert len(of_type(evs, "CONSULT")) == 1 and not of_type(evs, "COOPERATE")


def test_the_cooperate_line_of_austauschen_needs_a_shared_thing():
    lines = [e for e in load_lexicon().lemmas["austauschen"] if e.type == "COOPERATE"]
    assert lines and {"information", "daten", "gefangen"} <= set(lines[0].objects)
