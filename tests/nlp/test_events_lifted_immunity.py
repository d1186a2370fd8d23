"""Lifting someone's immunity ("hob die Immunität des Abgeordneten auf", "die Aufhebung der Immunität") opens
the way to prosecuting him: an act against him, DISAPPROVE 'allege' as the gnad1 coders code it, not the
concession (CONCEDE) that "aufheben" is when sanctions, a ban or a curfew are lifted. The rules had every
"aufheben" as CONCEDE. Twenty-seventh session, helper e5. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Lima – Das peruanische Parlament hob am Donnerstag die Immunität des früheren Innenministers auf.",
    "Lima – Als das Parlament die Immunität der beiden Senatoren aufhob, jubelten ihre Gegner.",
    "Lima – Das Parlament hat die Aufhebung der Immunität von sieben Abgeordneten beschlossen.",
])
def test_lifting_immunity_is_an_accusation(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "DISAPPROVE") and not of_type(evs, "CONCEDE")


@pytest.mark.parametrize("text", [
    "Lima – Die Regierung hob am Donnerstag die Ausgangssperre in der Hauptstadt auf.",
    "Lima – Die Europäische Union hat die Sanktionen gegen Peru aufgehoben.",
])
def test_lifting_a_measure_stays_a_concession(analyse_text, text):
    assert of_type(analyse_text(text), "CONCEDE")


def test_without_the_rule_lifting_immunity_is_a_concession(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LIFTED_IMMUNITY_ACCUSES", False)
    evs = analyse_text("Lima – Das peruanische Parlament hob am Donnerstag die Immunität des früheren "
                       "Innenministers auf.")
    assert of_type(evs, "CONCEDE") and not of_type(evs, "DISAPPROVE")
