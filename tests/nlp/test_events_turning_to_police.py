"""Turning to the police or a court is no demand. "sich an X wenden" is DEMAND when a party appeals
to another ("wandte sich mit der Bitte um Hilfe an die EU"); "wandten sich an die Polizei",
"sich an ein Gericht wenden" report a case or file a suit, which asks the police or the court for
nothing political (a suit is coded as DISAPPROVE where its own noun or verb names it). The DEMAND
line of "wenden" in triggers.tsv gets a ``without=`` list of police, prosecution and court words.
Session 29, helper e2 (weak trigger words: "wenden" DEMAND right 6 times in 13 on the development
parts); uncoded news: 2 removed, 2 wrong; development parts: 2 removed, 2 wrong. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Die Anrainer wandten sich nach dem Einbruch an die Polizei.",
    "Die Regierung hatte sich an den Verfassungsgerichtshof gewandt.",
    "Der Verein will sich an die Staatsanwaltschaft wenden.",
])
def test_turning_to_the_police_or_a_court_is_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("text", [
    "Die Regierung in Belgrad wandte sich an die Europäische Union.",
    "Der Premierminister hat sich in einem Brief an den UN-Generalsekretär gewandt.",
])
def test_turning_to_a_party_stays_a_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND")


def test_the_demand_line_of_wenden_lists_police_and_courts():
    lines = [e for e in load_lexicon().lemmas["wenden"] if e.type == "DEMAND"]
    assert lines and {"polizei", "gericht", "staatsanwaltschaft"} <= set(lines[0].without)
