""""Drohen" whose subject is a thing tells of a danger that looms, not of a party that threatens:
the verb takes no accusative, so an indefinite noun phrase or an expletive "es" outside a
prepositional phrase is its subject ("Nun droht der Regierung eine Niederlage"). A party named
in that phrase ("Ein russischer Diplomat drohte …") still threatens. Twenty-first session, found
reading lagebild's output on 10kGNAD articles ("droht Österreich möglicherweise auch eine
EU-Strafe"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Nach der Abstimmung droht der Regierung eine schwere Niederlage im Parlament.",
    "Wegen der neuen Schulden droht Italien nun eine EU-Strafe.",
    "Im Streit mit der Kommission droht den Bauern kein Nachteil.",
    "Es droht eine weitere Eskalation an der Grenze.",
])
def test_a_thing_that_looms_is_no_threat(analyse_text, text):
    assert of_type(analyse_text(text), "THREATEN") == []


@pytest.mark.parametrize("text", [
    "Die Türkei droht den kurdischen Milizen mit Luftangriffen.",
    "Ein russischer Diplomat drohte der Ukraine mit harten Konsequenzen.",
    "Eine Gruppe von Islamisten drohte in einer Videobotschaft mit weiteren Anschlägen.",
    "Es wurde mit ernsten Konsequenzen gedroht, sollte die Regierung nicht einlenken.",
])
def test_a_party_that_threatens_still_threatens(analyse_text, text):
    assert len(of_type(analyse_text(text), "THREATEN")) == 1


def test_without_the_rule_the_looming_thing_is_a_threat(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LOOMING_SUBJECT", False)
    text = "Nach der Abstimmung droht der Regierung eine schwere Niederlage im Parlament."
    assert of_type(analyse_text(text), "THREATEN")
