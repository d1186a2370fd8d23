"""Sending someone is a consultation only when the one sent is an envoy. The CONSULT line of "entsenden" (after its
troop and aid lines) took every other object: staff sent to trade fairs, a member sent into an arbitration board or
a supervisory board, helicopters moved within a country, police sent to a city. It gets an ``obj=`` list of envoys
(delegation, minister, envoy, representative, diplomat, observer …), which keeps "entsandte seinen
Vize-Außenminister", "eine Delegation … zu entsenden". Session 30, helper p2s30 (precision of the cooperation
types); uncoded news: 3 CONSULT removed in 3 articles, all wrong (with them one AGREE "angeboten" about objects at
auction, wrong); development parts: 2 removed (dev, dev2), both wrong; pooled type matches 2596 -> 2596,
predictions -2. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Die Behörde entsendet regelmäßig Mitarbeiter zu Messen im Ausland.",
    "In den Aufsichtsrat entsendet jeder Eigentümer ein Mitglied.",
    "Das Land will im Winter zusätzliche Hubschrauber in die Berge entsenden.",
])
def test_sending_staff_members_or_machines_is_no_consultation(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "CONSULT") and not of_type(evs, "AGREE")


@pytest.mark.parametrize("text", [
    "China entsandte seinen Vize-Außenminister zu den Gesprächen nach Genf.",
    "Die Regierung entsandte eine Delegation nach Moskau.",
])
def test_sending_an_envoy_stays_a_consultation(analyse_text, text):
    assert len(of_type(analyse_text(text), "CONSULT")) == 1


def test_the_consult_line_of_entsenden_needs_an_envoy():
    lines = [e for e in load_lexicon().lemmas["entsenden"] if e.type == "CONSULT"]
    assert lines and {"delegation", "minister", "gesandt"} <= set(lines[0].objects)
