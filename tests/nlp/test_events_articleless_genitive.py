"""A genitive plural without article ("Klagen mehrerer Bürger", "Angriffen russischer Soldaten")
belongs to the noun before it: its actor is no bare subject of the clause. Only "der"/"des" and a
name's -s were read as genitives, so "Nach Angriffen russischer Soldaten verurteilte die Regierung
die Gewalt" was RUSMIL > GOV. Eighteenth session; found reading lagebild's output on 10kGNAD
Panorama articles ("nach Klagen zwangsrasierter Männer"). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source", [
    # the -er adjective opens the actor
    ("Nach Angriffen russischer Soldaten verurteilte die Regierung die Gewalt.", "DISAPPROVE", ["RUSGOV"]),
    # the -er determiner stands before the actor
    ("Nach Klagen mehrerer Bürger stoppte das Gericht den Bau.", "SANCTION", ["JUD"]),
    ("Nach Festnahmen zahlreicher Demonstranten verurteilte das Parlament die Regierung.", "DISAPPROVE",
     ["LEG"]),
])
def test_an_articleless_genitive_is_not_the_subject(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and codes(acts[0]["source"]) == source


def test_an_articleless_genitive_object_stays_the_target(analyse_text):
    acts = of_type(analyse_text("Die Regierung kritisierte die Angriffe russischer Soldaten."), "DISAPPROVE")
    assert len(acts) == 1 and codes(acts[0]["target"]) == ["RUSMIL"]


def test_without_the_rule_the_genitive_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ARTICLELESS_GENITIVE", False)
    acts = of_type(analyse_text("Nach Klagen mehrerer Bürger stoppte das Gericht den Bau."), "SANCTION")
    assert acts and codes(acts[0]["source"]) == ["CVL"]
