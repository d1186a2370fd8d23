"""Torture named as a topic or a danger ("vor Folter und Krieg geflohen") with no torturer and no victim
is no act; torture by a named party stays an ASSAULT, and so does the torture a story told of, named
again with a definite article ("überlebten die Folter nicht"). Twentieth session, F10; the sentences
are written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Viele Familien sind vor Folter und Krieg nach Europa geflohen.",
    "Die Regierung in Eritrea wird kritisiert, viele Menschen fliehen vor Folter und Armut.",
])
def test_torture_as_a_danger_is_no_act(analyse_text, text):
    assert not [e for e in of_type(analyse_text(text), "ASSAULT") if e["trigger"]["text"] == "Folter"]


@pytest.mark.parametrize("text", [
    "Die Folter von Gefangenen durch Soldaten löste Empörung aus.",
    "Die UN warfen der Regierung Folter vor.",
])
def test_torture_by_a_named_party_stays(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT")


_TOLD = "Die Soldaten folterten die Gefangenen tagelang. Einige davon überlebten die Folter nicht."


def test_the_torture_told_of_stays(analyse_text):
    assert [e for e in of_type(analyse_text(_TOLD), "ASSAULT") if e["trigger"]["text"] == "Folter"]


def test_without_the_rule_the_torture_told_of_is_dropped(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DEFINITE_NEEDED_ACT", False)
    assert not [e for e in of_type(analyse_text(_TOLD), "ASSAULT") if e["trigger"]["text"] == "Folter"]
