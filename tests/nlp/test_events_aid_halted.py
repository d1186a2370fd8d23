"""A halt or moratorium put on arms deliveries, exports, aid or payments is a SANCTION, and the aid
noun it governs names what is withheld, no AID: the dev6 and gnad1 coders code "ein Moratorium für
Waffenlieferungen beschlossen" and "fordert einen Stopp für Waffenexporte" so, where the extractor
read AID. Data lines in triggers.tsv (Moratorium and Stopp with an aid word, without=stopp|moratorium
on the aid nouns). A delivery itself stays AID. Twenty-fifth session, helper e1. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Die Regierung in Oslo verhängte am Montag ein Moratorium für Rüstungsexporte nach Ägypten.",
    "Die Grünen fordern einen sofortigen Stopp der Waffenlieferungen an das Regime in Syrien.",
    "Der Bundestag beschloss einen Stopp der Hilfszahlungen an die Regierung in Mali.",
])
def test_a_halt_on_aid_is_a_sanction(analyse_text, text):
    evs = analyse_text(text)
    assert len(of_type(evs, "SANCTION")) == 1
    assert of_type(evs, "AID") == []


@pytest.mark.parametrize("text", [
    "Frankreich lieferte der Ukraine am Dienstag weitere Waffen.",
    "Schweden schickte am Montag Hilfslieferungen in das Erdbebengebiet in der Türkei.",
])
def test_aid_without_a_halt_stays_aid(analyse_text, text):
    assert of_type(analyse_text(text), "AID")


@pytest.mark.parametrize("text", [
    "Der Verein forderte einen Stopp der Bauarbeiten am Stadtpark.",
    "Die Stadt verhängte ein Moratorium für neue Hochhäuser.",
])
def test_a_halt_on_other_things_is_no_sanction(analyse_text, text):
    assert of_type(analyse_text(text), "SANCTION") == []
