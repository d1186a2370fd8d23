"""A call to a human chain, a counter-event or walkouts is the protest, not a demand. The coders code the
call to a demonstration, a rally or a strike as PROTEST on the calling verb ("riefen zu der Menschenkette
auf": PROTEST, not DEMAND), and the DEMAND line of "aufrufen" in triggers.tsv that carries a protest noun
(``obj=…,carrier``) gave it for "Demonstration", "Kundgebung", "Streik"; "Menschenkette",
"Gegenveranstaltung" and "Arbeitsniederlegung" were missing, so those calls came out as a DEMAND beside a
PROTEST of the noun. The three words join the line's ``obj=`` list.
Session 30, helper p1s30 (precision of the verbal types): the pattern in dev (a counter-event), dev2 (a human
chain) and the uncoded news (walkouts at a mail-order firm); development parts: 2 DEMAND and 2 noun PROTESTs
replaced by 2 PROTESTs on the verb, type matches 2595 -> 2595, predictions 3564 -> 3562, tuple matches
1766 -> 1766; uncoded news: 1 DEMAND (wrong by the coders' convention) and 1 noun PROTEST replaced by 1
PROTEST. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Die Kirchen und ein Bündnis gegen Rechts riefen zu einer Menschenkette um den Dom auf.",
    "Zu den Gegenveranstaltungen hatten mehr als dreißig Gruppen aufgerufen.",
    "Die Gewerkschaft ruft seit Monaten immer wieder zu Arbeitsniederlegungen auf.",
])
def test_a_call_to_a_protest_is_one_protest_and_no_demand(analyse_text, text):
    evs = analyse_text(text)
    assert len(of_type(evs, "PROTEST")) == 1 and not of_type(evs, "DEMAND")


def test_a_call_to_calm_stays_a_demand(analyse_text):
    evs = analyse_text("Der Präsident rief die Bevölkerung zur Ruhe auf.")
    assert of_type(evs, "DEMAND") and not of_type(evs, "PROTEST")


def test_the_carrier_line_of_aufrufen_lists_the_three_protests():
    lines = [e for e in load_lexicon().lemmas["aufrufen"] if e.type == "DEMAND" and e.carrier]
    assert lines and {"menschenkette", "gegenveranstaltung", "arbeitsniederlegung"} <= set(lines[0].objects)
