"""A dateline whose dash is glued to the place ("Kairo- Die Polizei …", "Tunis– Bei …") is a
dateline as "Kairo - " is: the place is split from its dash, recognised and gives the report its
setting. A truncated compound ("Ein- und Ausreise") stays one token. Twentieth session, issue 10;
found reading lagebild's output on 10kGNAD articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp import sentences


@pytest.mark.parametrize("text, kind, source, target", [
    ("Kairo- Die Polizei hat am Freitag zwölf Studenten festgenommen.", "COERCE", ["EGYCOP"], ["EGYEDU"]),
    ("Proteste gehen weiter. Tunis– Die Polizei hat am Freitag zwölf Demonstranten festgenommen.",
     "COERCE", ["TUNCOP"], ["TUNCVL"]),
])
def test_a_glued_dateline_dash_gives_the_setting(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, tokens", [
    ("Kairo- Die Polizei", ["Kairo", "-", "Die", "Polizei"]),
    ("Die Ein- und Ausreise", ["Die", "Ein-", "und", "Ausreise"]),
    ("Er sprach. Ein- und Ausreise", ["Er", "sprach", ".", "Ein-", "und", "Ausreise"]),
])
def test_only_a_dash_before_a_capitalised_word_opening_a_sentence_is_split(full_nlp, text, tokens):
    assert [t.text for t in full_nlp(text)] == tokens


def test_without_the_rule_the_place_keeps_its_dash(analyse_text, monkeypatch):
    monkeypatch.setattr(sentences, "DATELINE_DASH", False)
    acts = of_type(analyse_text("Kairo- Die Polizei hat am Freitag zwölf Studenten festgenommen."), "COERCE")
    assert acts and codes(acts[0]["source"]) != ["EGYCOP"]
