"""Weapons tests, missile launches and large police turnouts are MOBILIZE, as the coding guide and the
dev7, gnad1 and gnad3 coders code them: data lines in triggers.tsv (Atomwaffentest, Kernwaffentest,
Raketenstart, "Start" of a missile, Großaufgebot/Aufgebot/Großeinsatz of police or security forces).
A rocket of a research institute, an election campaign's start or a fire brigade's turnout stay no
MOBILIZE. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Nordkorea hat am Sonntag einen weiteren Atomwaffentest durchgeführt.",
    "Der Iran hat den Start einer Mittelstreckenrakete bekanntgegeben.",
    "Die Polizei war mit einem Großaufgebot vor der Botschaft in Wien präsent.",
    "Die Regierung schickte ein großes Aufgebot an Polizisten in die Hauptstadt.",
])
def test_weapons_tests_and_police_turnouts_are_mobilize(analyse_text, text):
    assert len(of_type(analyse_text(text), "MOBILIZE")) == 1


@pytest.mark.parametrize("text", [
    "Der Start des Wahlkampfs der SPD verlief holprig.",
    "Ein Großaufgebot der Feuerwehr löschte den Brand in der Lagerhalle.",
])
def test_other_starts_and_turnouts_are_no_mobilize(analyse_text, text):
    assert of_type(analyse_text(text), "MOBILIZE") == []
