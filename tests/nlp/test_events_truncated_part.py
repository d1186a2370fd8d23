"""A truncated first part of a compound ("Angriffs- und Verteidigungswaffen", "Folter- und
Kriegsüberlebende") stands for a compound whose head comes with the last conjunct: it names no
act of its own (TRUNCATED_NO_ACT), unless the part and that head make an act noun ("Protest- und
Streikaktionen": "Protestaktionen"). Nineteenth session, precision second round. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Sie arbeitet für ein Zentrum für Folter- und Kriegsüberlebende in Wien.",
    "Russland testete Angriffs- und Verteidigungswaffen an der Grenze zu Polen.",
    "Die Armee kaufte neue Angriffs- und Abwehrraketen aus den USA.",
])
def test_a_truncated_part_is_no_act(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT") == []


def test_a_completed_act_noun_stays_an_act(analyse_text):
    evs = analyse_text("Die Gewerkschaft kündigte Protest- und Streikaktionen gegen die Regierung an.")
    assert len(of_type(evs, "PROTEST")) == 1


def test_without_the_rule_the_part_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TRUNCATED_NO_ACT", False)
    evs = analyse_text("Die Armee kaufte neue Angriffs- und Abwehrraketen aus den USA.")
    assert len(of_type(evs, "ASSAULT")) == 1
