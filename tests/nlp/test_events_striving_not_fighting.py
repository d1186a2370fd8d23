""""kämpfen um" is striving for something ("kämpft um ihr Amt", "Um die Konkursmasse wird gekämpft"), no ASSAULT,
unless its sentence names armed force or war ("bewaffnete Gruppen kämpfen um die Kontrolle", "im Bürgerkrieg") or
its "um" phrase a place ("Um Aleppo wird seit Wochen gekämpft"). On the uncoded 10kGNAD news five articles had such
striving as an attack (extract.STRIVING_NOT_FIGHTING, armed_stem in function_words.tsv; twenty-sixth session,
helper e2). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Präsidentin kämpft um ihr Amt.",
    "Während die Affäre die Stadt erschüttert, kämpft der Bürgermeister um seine politische Zukunft.",
    "Um das Vermögen der insolventen Bank wird nun gekämpft.",
])
def test_striving_is_no_attack(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Im Bürgerkrieg kämpfen der Präsident und sein Stellvertreter um die Macht im Land.",
    "Dutzende bewaffnete Gruppen kämpfen um die Kontrolle über die Goldminen.",
    "In der Ostukraine kämpfen Regierungstruppen gegen Separatisten.",
])
def test_a_fight_stays_an_attack(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT")


def test_without_the_rule_striving_is_an_attack(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STRIVING_NOT_FIGHTING", False)
    text = "Während die Affäre die Stadt erschüttert, kämpft der Bürgermeister um seine politische Zukunft."
    assert of_type(analyse_text(text), "ASSAULT")
