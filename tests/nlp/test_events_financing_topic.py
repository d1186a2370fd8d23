"""Paying for a party, a campaign or terror is no aid between political actors. "Sollte der Milliardär eine
eigene Partei gründen oder finanzieren", "stehen im Verdacht, eine Terrororganisation finanziert zu haben", "den
Wahlkampf über den Klub finanziert": finanzieren was an AID whenever its clause had a party (gnad2 943, uncoded
news gn1024, gn572). The without= list of finanzieren's line in triggers.tsv names parties, campaigns and
terror groups; money for camps, schools or programmes stays AID. Session 31, helper a2s31. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes


def _aids(evs):
    return [e for e in evs if e["type"] == "AID"]


@pytest.mark.parametrize("text", [
    "Washington – Sollte der Milliardär eine eigene Partei gründen oder finanzieren, wären die Republikaner "
    "chancenlos.",
    "Paris – Die beiden Männer stehen im Verdacht, eine Terrororganisation finanziert zu haben.",
])
def test_financing_a_party_or_terror_is_no_aid(analyse_text, text):
    assert _aids(analyse_text(text)) == []


@pytest.mark.parametrize("text, giver", [
    ("Athen – Die Lager werden von der EU finanziert.", "IGOEUREEC"),
    ("Berlin – Die Bundesregierung finanziert den Wiederaufbau der Schulen in Afghanistan.", "DEUGOV"),
])
def test_financing_relief_stays_aid(analyse_text, text, giver):
    (e,) = _aids(analyse_text(text))
    assert actor_codes(e["source"]) == [giver]
