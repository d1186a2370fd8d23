"""Forgoing something for oneself is no concession: "verzichten auf" and "Verzicht" are CONCEDE
only when what is given up is a measure against someone or a claim, office or funding
(obj= on verzichten/Verzicht in triggers.tsv: Kündigungen, Vergeltung, Kandidatur, Atomwaffen,
staatliche Mittel), not a car, a degree course or a party's appearance on television.
Nineteenth session, precision second round. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Viele junge Menschen in Bayern verzichteten wegen der Gebühren auf ein Studium.",
    "Der Bischof verzichtete auf den bereitstehenden Dienstwagen und ging zu Fuß.",
    "Lieber verzichte ich auf einen Auftritt meiner Partei in dieser Sendung, sagte die Ministerin.",
])
def test_forgoing_for_oneself_is_no_concession(analyse_text, text):
    assert of_type(analyse_text(text), "CONCEDE") == []


@pytest.mark.parametrize("text", [
    "Russland verzichtet auf Vergeltungsmaßnahmen gegen die Türkei.",
    "Der Präsident verzichtete auf eine zweite Kandidatur.",
    "Die Bank will auf betriebsbedingte Kündigungen verzichten.",
])
def test_giving_up_a_measure_or_claim_stays_a_concession(analyse_text, text):
    assert len(of_type(analyse_text(text), "CONCEDE")) == 1
