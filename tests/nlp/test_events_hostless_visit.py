"""A visit (CONSULT, mode visit) with no party visited is no meeting: "besuchte Gefängnisse und
Krankenhäuser", "nach einem Besuch im Krisengebiet", "einen Freizeitpark besucht" name places, buildings or
events, and the coders code a visit only with a host country, body or person. A visit with no target whose
clause names a place after "in"/"nach" ("bei seinem Besuch in Prag") stays: its host is that place's country,
which the roles missed, and so does a compound visit noun ("Japanbesuch", "US-Besuch"), whose first part
names the host. Twenty-fifth session, helper e6. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Präsident besuchte am Montag mehrere Gefängnisse und Krankenhäuser.",
    "Nach einem Besuch in der Fabrik sprach der Minister von großen Fortschritten.",
])
def test_a_visit_of_a_place_is_no_meeting(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Der französische Präsident besuchte am Montag Deutschland.",
    "Bei seinem Besuch in Polen lobte der Kanzler die Regierung.",
    "Der russische Präsident hatte sich bei seinem Besuch in Prag dem Vorschlag angeschlossen.",
    "Wien – Während seines Japanbesuchs verkündete der Minister neue Pläne.",
])
def test_a_visit_of_a_country_stays(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT")


def test_without_the_rule_the_visit_of_prisons_is_a_meeting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "HOSTLESS_VISIT", False)
    assert of_type(analyse_text("Der Präsident besuchte am Montag mehrere Gefängnisse und Krankenhäuser."),
                   "CONSULT")
