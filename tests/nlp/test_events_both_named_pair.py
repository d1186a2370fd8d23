""""Beide Seiten", "die Konfliktparteien", "die Kriegsparteien" name the two parties the text last named
together ("X und Y", also "zwischen X und Y"), within the sentence and the three before it, even when
both are of one country (the government and the rebels): in an uncoded Yemen story "Beide Seiten werfen
sich vor …" took the two last countries (Iran, which backs the rebels, and Yemen), and a UN call on "die
Konfliktparteien" in Syria named the country only (extract.BOTH_NAMED_PAIR). With no such pair the older
reading (the two last countries) stays. Twenty-seventh session, helper e13. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_, parties", [
    ("Im Jemen kämpfen die Regierung und die Huthi-Rebellen seit Monaten. Beide Seiten werfen sich vor, "
     "die Waffenruhe gebrochen zu haben.", "DISAPPROVE", ["YEMGOV", "YEMREB"]),
    ("Die Gespräche zwischen der Regierung und den Rebellen im Sudan stocken. Am Montag warfen sich beide "
     "Seiten Verstöße vor.", "DISAPPROVE", ["SDNGOV", "SDNREB"]),
    ("In Kolumbien verhandeln die Regierung und die Farc seit Jahren. Am Freitag unterzeichneten die "
     "Kriegsparteien ein Abkommen.", "AGREE", ["COLGOV", "COLREB"]),
])
def test_the_sides_are_the_pair_named_together(analyse_text, text, type_, parties):
    acts = of_type(analyse_text(text), type_)
    assert acts and codes(acts[-1]["source"]) == parties


def test_a_pair_of_one_code_is_no_two_sides(analyse_text):
    # (two ministers of one government: the phrase keeps its older reading, the two last countries)
    acts = of_type(analyse_text("Russland und China kritisierten die Sanktionen. Merkel und Steinmeier reisten "
                                "nach Moskau. Beide Seiten vereinbarten am Montag neue Gespräche."), "AGREE")
    assert acts and codes(acts[-1]["source"]) != ["DEUGOV"]


def test_without_the_rule_the_sides_are_the_last_countries(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BOTH_NAMED_PAIR", False)
    acts = of_type(analyse_text("Im Jemen kämpfen die Regierung und die Huthi-Rebellen seit Monaten. Beide Seiten "
                                "werfen sich vor, die Waffenruhe gebrochen zu haben."), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) != ["YEMGOV", "YEMREB"]
