"""An investigation noun governed by "nach" ("nach ersten Ermittlungen der Polizei", "erst nach langen
Ermittlungen") tells where a finding comes from or when something followed, like "nach Angaben der
Polizei": no act of its own (extract.INVESTIGATION_AFTER_NACH). Three such DISAPPROVE predictions on the
development parts (dev, dev4, dev9), none coded. Investigations taken up, running or aimed at someone
stay. Twenty-fifth session, helper e8. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _investigations(events):
    return [e for e in of_type(events, "DISAPPROVE") if e["trigger"]["text"].startswith(("Ermittlung", "Untersuchung"))]


@pytest.mark.parametrize("text", [
    "Nach ersten Ermittlungen der Polizei war der Lastwagen auf der Autobahn ins Schleudern geraten.",
    "Nach den bisherigen Ermittlungen der Staatsanwaltschaft hatte der Mann allein gehandelt.",
    "Erst nach monatelangen Ermittlungen konnte die Herkunft des Geldes geklärt werden.",
])
def test_an_investigation_after_nach_is_no_act(analyse_text, text):
    assert not _investigations(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft hat Ermittlungen gegen den Bürgermeister aufgenommen.",
    "Gegen den früheren Minister laufen Ermittlungen wegen Bestechlichkeit.",
])
def test_an_investigation_taken_up_stays(analyse_text, text):
    assert _investigations(analyse_text(text))


def test_without_the_rule_the_investigation_after_nach_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "INVESTIGATION_AFTER_NACH", False)
    assert _investigations(analyse_text(
        "Nach ersten Ermittlungen der Polizei war der Lastwagen auf der Autobahn ins Schleudern geraten."))
