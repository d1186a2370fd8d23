"""'abführen' and 'einnehmen' with a sum of money, taxes or revenue in their clause are paying and
earning, not leading someone off under arrest (COERCE) or taking a town (ASSAULT): the without= lists
of their lines in triggers.tsv. Found reading lagebild's output on unread 10kGNAD rows (twenty-first
session, F3). A data line has no flag to turn off; the tests on the arrest and capture senses show the
lines still fire where they should, so each test can fail either way. Every sentence is written for
these tests (before the lines, both money sentences were COERCE, checked on the code at d9dd189)."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, kind", [
    ("Die Brauerei führt jedes Quartal zwei Millionen Euro an Steuern an den Staat ab.", "COERCE"),
    ("Das Land hat im Vorjahr 300 Millionen Euro an Gebühren an den Bund abgeführt.", "COERCE"),
])
def test_money_paid_or_earned_is_no_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei führte den Oppositionsführer nach der Kundgebung in Handschellen ab.", "COERCE"),
    ("Die Rebellen nahmen am Montag die Hauptstadt der Provinz ein.", "ASSAULT"),
    # the past plural "einnahmen" is the verb, not the noun "Einnahmen" (revenue)
    ("Als die Milizen die Stadt im Norden einnahmen, flohen Tausende Bewohner.", "ASSAULT"),
])
def test_arrest_and_capture_stay(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1
