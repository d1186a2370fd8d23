"""The object decides the sense of a few verbs (data lines in triggers.tsv): stopping people or the
vehicles that carry them is COERCE, stopping a law a REJECT, stopping aid a SANCTION; turning
refugees back at a border is COERCE, rejecting an accusation a REJECT; taking migrants back is
COOPERATE, taking a reform back a CONCEDE. Twentieth session (F5), type confusions found in gnad3
and dev10. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def _types(evs):
    return sorted(e["type"] for e in evs)


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei hat am Freitag einen Zug mit Flüchtlingen an der Grenze gestoppt.", "COERCE"),
    ("Die Küstenwache stoppte am Dienstag ein Schiff mit Migranten vor der Insel.", "COERCE"),
    ("Die Armee stoppte einen Konvoi der Aufständischen vor der Stadt.", "COERCE"),
    ("Der Staatspräsident hat das Gesetz über die Bankenaufsicht gestoppt.", "REJECT"),
    ("Die Regierung stoppte die Waffenlieferungen an das Nachbarland.", "SANCTION"),
    ("Die USA stoppten die Hilfe für die Regierung in Kairo.", "SANCTION"),
])
def test_what_is_stopped_decides_the_type(analyse_text, text, kind):
    evs = analyse_text(text)
    assert _types(evs) == [kind]


@pytest.mark.parametrize("text, kind", [
    ("Ungarn weist seit Montag Flüchtlinge an der Grenze zu Serbien zurück.", "COERCE"),
    ("Die Grenzpolizei schob die Asylbewerber nach Kroatien zurück.", "COERCE"),
    ("Der Innenminister wies die Kritik an der Flüchtlingspolitik zurück.", "REJECT"),
    ("Die Regierung wies die Vorwürfe zurück, Flüchtlinge an der Grenze misshandelt zu haben.", "REJECT"),
])
def test_turning_people_back_is_coercion_rejecting_words_is_not(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)
    others = {"COERCE", "REJECT"} - {kind}
    assert not any(of_type(analyse_text(text), o) for o in others)


@pytest.mark.parametrize("text, kind", [
    ("Marokko nimmt Migranten aus Spanien zurück.", "COOPERATE"),
    ("Die Regierung nahm die umstrittene Reform zurück.", "CONCEDE"),
])
def test_taking_migrants_back_is_cooperation(analyse_text, text, kind):
    assert _types(analyse_text(text)) == [kind]
