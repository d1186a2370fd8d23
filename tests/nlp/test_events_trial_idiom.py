""""Jemandem den Prozess machen" puts someone on trial (coded as PLOVER's accusation, DISAPPROVE, like
every trial): the noun "Prozess" needs a court word in its clause, and the support verb "machen" is
one for the idiom; "den Prozess schneller machen" is a process made faster, no trial. Twenty-second
session, helper F9; found in gnad2 and gnad5 misses. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Dem früheren Minister wird in Abwesenheit der Prozess gemacht.",
    "Die Justiz will den Putschisten den Prozess machen.",
])
def test_making_someone_the_trial_is_a_trial(analyse_text, text):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == 1


@pytest.mark.parametrize("text", [
    "Die Reform hat den Prozess schneller gemacht.",
    "Der Prozess machte der Firma große Sorgen.",
    "Der Prozess der Digitalisierung wird die Verwaltung verändern.",
])
def test_a_process_made_faster_is_no_trial(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE") == []
