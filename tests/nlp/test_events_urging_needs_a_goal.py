"""Urging needs what is urged. "drängen" is DEMAND with what it presses for ("drängt auf Aufklärung", "drängte
Griechenland dazu, …", "drängten den Premier, … zu verstärken", "drängt die Banken zu mehr Transparenz"); pushed
into a place or a state ("drängt in den Markt", "werden in die Passivität gedrängt", "aus der Regierung
gedrängt werden könnte") it moves someone and asks nothing. The one DEMAND line of "drängen" in triggers.tsv
becomes three: with "auf" in the clause, with "zu" in the clause, or with "zu"/"dazu"/"darauf" after it in the
sentence (an extraposed infinitive) when the clause has no "in" or "aus".
Session 30, helper p1s30 (precision of the verbal types on the uncoded news): the moving sense in gnad7 and in
three uncoded articles; uncoded news 3 removed, all wrong (a market, passivity, out of the government);
development parts 1 removed, wrong (a firm pushing into a market): type matches 2595 -> 2595, predictions
3562 -> 3561, tuple matches 1766 -> 1766. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Ein neuer Anbieter drängt mit günstigen Tarifen in den österreichischen Mobilfunkmarkt.",
    "Durch die Reform werden viele Pensionisten in die Armut gedrängt.",
])
def test_pushed_into_a_place_or_state_is_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("text", [
    "Die Opposition drängt auf eine rasche Aufklärung des Skandals.",
    "Die EU-Kommission drängte Griechenland dazu, den Vorschlag anzunehmen.",
    "Die Abgeordneten drängten den Premierminister, seine Bemühungen zu verstärken.",
    "Der Kanzler drängt darauf, dass die Grenzen offen bleiben.",
    "Die Regierung drängt die Banken zu mehr Transparenz.",
])
def test_urging_with_its_goal_stays_a_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND")


def test_every_demand_line_of_draengen_names_a_goal():
    lines = [e for e in load_lexicon().lemmas["drängen"] if e.type == "DEMAND"]
    assert len(lines) == 3 and all(e.prep in ("auf", "zu") or e.objects for e in lines)
