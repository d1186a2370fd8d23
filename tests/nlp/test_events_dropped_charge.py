"""A charge, trial or investigation that is dropped ("Das Verfahren wurde eingestellt", "die Einstellung des
Verfahrens", "hatte die Anklage fallen gelassen", "stellte die Ermittlungen ein") is the state giving up the
case: CONCEDE with the same parties, no DISAPPROVE (extract.DROPPED_CHARGE). On the development parts the four
such DISAPPROVE predictions (dev, dev2, dev4, gnad5) were all wrong; the coders coded two of them CONCEDE.
An investigation broken off for want of evidence was coded as the investigation and is not touched; nor is a
charge that is only the other choice ("Anklage oder Einstellung des Verfahrens"). Twenty-fifth session,
helper e8. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_DROPPED = "Die Staatsanwaltschaft hat das Verfahren gegen den Bürgermeister eingestellt."


def _on_charge(events, type_):
    return [e for e in of_type(events, type_)
            if e["trigger"]["text"].startswith(("Verfahren", "Anklage", "Ermittlung"))]


@pytest.mark.parametrize("text", [
    _DROPPED,
    "Die Einstellung des Verfahrens gegen den Journalisten wurde am Montag bekannt.",
    "Der Staatsanwalt hatte die Anklage gegen den Offizier im Frühjahr fallen gelassen.",
    "Die Staatsanwaltschaft stellte die Ermittlungen gegen den Minister ein.",
])
def test_a_dropped_charge_is_a_concession(analyse_text, text):
    events = analyse_text(text)
    assert _on_charge(events, "CONCEDE") and not _on_charge(events, "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft hat ein Verfahren gegen den Bürgermeister eröffnet.",
    "Gegen den Minister wurde Anklage wegen Bestechlichkeit erhoben.",
])
def test_a_charge_raised_stays_an_accusation(analyse_text, text):
    events = analyse_text(text)
    assert of_type(events, "DISAPPROVE") and not of_type(events, "CONCEDE")


def test_without_the_rule_the_dropped_charge_is_an_accusation(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DROPPED_CHARGE", False)
    events = analyse_text(_DROPPED)
    assert _on_charge(events, "DISAPPROVE") and not _on_charge(events, "CONCEDE")
