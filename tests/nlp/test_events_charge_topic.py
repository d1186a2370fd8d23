"""An accusation named again by a definite or demonstrative article, with no accuser of its own, is
what the sentence talks about, not a new act: "Der Minister schweigt zu den Vorwürfen", "Es wird
geprüft, ob diese Anschuldigungen verjährt sind". An accusation said to be raised or aimed ("Die
Vorwürfe richten sich gegen …", "wurden die Vorwürfe laut") or confirmed, one with its accuser named and one
with no article stay acts. Twentieth session, precision (DEFINITE_CHARGE_TOPIC). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Bürgermeister schweigt bis heute zu den Vorwürfen.",
    "Die Vorwürfe gegen den Landesrat konnten nicht nachgewiesen werden.",
    "Derzeit wird geprüft, ob diese Anschuldigungen schon verjährt sind.",
    "Die Anleger nahmen die Vorwürfe gelassen zur Kenntnis.",
])
def test_an_accusation_talked_about_again_is_no_act(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE") == []


@pytest.mark.parametrize("text", [
    "Die Vorwürfe richten sich vor allem gegen die Regierung.",
    "Am Montag wurden die Vorwürfe gegen die Polizei erneut laut.",
    "Die Vorwürfe der Opposition wies der Minister zurück.",
    "Die Opposition erhob schwere Vorwürfe gegen den Minister.",
    "Die Baufirma hat den Vorwurf inzwischen bestätigt.",
])
def test_an_accusation_raised_or_with_its_accuser_stays(analyse_text, text):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == 1


def test_without_the_flag_the_accusation_talked_about_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DEFINITE_CHARGE_TOPIC", False)
    assert len(of_type(analyse_text("Der Bürgermeister schweigt bis heute zu den Vorwürfen."), "DISAPPROVE")) == 1
