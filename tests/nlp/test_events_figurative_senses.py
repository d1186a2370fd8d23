"""Words of an act in a sense that names none: "dicht gedrängt" (crowded) is no demand, "zum
Scheitern verurteilt" (doomed) no condemnation (triggers.tsv without=; seventeenth session, found on
10kGNAD articles). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, kind", [
    ("Wien – Die Flüchtlinge wurden dicht gedrängt in einem Kastenwagen entdeckt.", "DEMAND"),
    ("Wien – Viele Betriebe sind zum Sterben verurteilt, sagt der Experte.", "DISAPPROVE"),
    ("Wien – Der Plan der Regierung ist zum Scheitern verurteilt.", "DISAPPROVE"),
])
def test_a_figurative_sense_is_no_event(analyse_text, text, kind):
    assert not of_type(analyse_text(text), kind)


@pytest.mark.parametrize("text, kind", [
    ("Wien – Die Opposition drängte die Regierung zum Rücktritt.", "DEMAND"),
    ("Wien – Die Regierung verurteilte den Anschlag scharf.", "DISAPPROVE"),
])
def test_the_literal_sense_stays_an_event(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)
