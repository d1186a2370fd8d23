"""Arrested people brought before a judge ("Beide Männer werden am Montag dem Ermittlungsrichter
des Bundesgerichtshofes vorgeführt") are the target of the arrest, not the judge in the dative
(it was COP > JUD). Found on uncoded Wikinews article 2745. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, target", [
    ("Die beiden Männer werden am Montag dem Haftrichter vorgeführt.", ["CVL"]),
    ("Die Polizei führte den Verdächtigen noch am Abend dem Ermittlungsrichter vor.", ["CVL"]),
    ("Der Journalist wurde am Dienstag einem Richter vorgeführt.", ["MED"]),
])
def test_the_judge_is_no_target(analyse_text, text, target):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target


def test_without_the_rule_the_judge_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COURT_DESTINATION", False)
    acts = of_type(analyse_text("Die beiden Männer werden am Montag dem Haftrichter vorgeführt."), "COERCE")
    assert acts and "JUD" in actor_codes(acts[0]["target"])
