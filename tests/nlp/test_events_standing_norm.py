"""A participle of a rule with a present form of "sein" states the law in force, not a ban
imposed: "Werbung ist an Schulen verboten", "was erlaubt und was verboten ist", "eine Partei, die
laut Verfassung verboten wäre" were COERCE restrict with a default police doer in three uncoded
news articles (school advertising, a security law, a party's defence). A ban imposed stays an act:
"hat verboten", "wurde verboten", "ist durch das Gesetz verboten", and the past "war verboten" (a ban
of its time), and so does a ban stated for a named place ("In Weißrussland sind Kundgebungen verboten":
that state's policy, as the development gold codes it). Extract.STANDING_NORM, session 29, helper r3. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Auf öffentlichen Plätzen ist das Füttern der Tauben verboten.",
    "Die Satzung regelt genau, was erlaubt und was verboten ist.",
    "Ebenfalls verboten ist es, auf dem Gelände der Schule Flugblätter zu verteilen.",
    "Der Verein betont, er sei keine Partei, die laut Grundgesetz verboten wäre.",
])
def test_a_rule_in_force_is_no_ban(analyse_text, text):
    assert not of_type(analyse_text(text), "COERCE")


@pytest.mark.parametrize("text", [
    "Die Regierung in Minsk hat am Montag alle Kundgebungen der Opposition verboten.",
    "Die Kundgebungen der Opposition wurden am Montag von der Polizei verboten.",
    "Durch das neue Gesetz ist es ausländischen Stiftungen verboten, Parteien zu finanzieren.",
    "Nach dem Putsch im Jahr 1980 war jede Versammlung der Gewerkschaften verboten.",
    "In Weißrussland sind Kundgebungen der Opposition seit Jahren verboten.",
])
def test_a_ban_imposed_stays_an_act(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE")


def test_without_the_rule_the_stated_rule_is_a_ban(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STANDING_NORM", False)
    assert of_type(analyse_text("Auf öffentlichen Plätzen ist das Füttern der Tauben verboten."), "COERCE")
