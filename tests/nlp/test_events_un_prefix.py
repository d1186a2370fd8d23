"""An object stem found only right after the negating prefix "un-" is no hit
(lagebild.nlp.events.extract.UN_PREFIX_NO_OBJ): "zeigte sich unzufrieden über" is no praise, and the
DISAPPROVE line of "sich zeigen" lists "unzufrieden" itself. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Die Opposition zeigte sich unzufrieden über den Kompromiss der Regierung.",
    "Der Verband zeigte sich am Montag unzufrieden über die Pläne des Ministeriums.",
])
def test_dissatisfaction_is_no_support(analyse_text, text):
    assert of_type(analyse_text(text), "SUPPORT") == []


@pytest.mark.parametrize("text", [
    "Die Opposition zeigte sich unzufrieden über den Kompromiss der Regierung.",
    "Die Gewerkschaft zeigte sich unzufrieden mit dem Angebot der Arbeitgeber.",
])
def test_dissatisfaction_is_disapproval(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_satisfaction_stays_support(analyse_text):
    evs = analyse_text("Die Opposition zeigte sich zufrieden über den Kompromiss der Regierung.")
    assert of_type(evs, "SUPPORT")


@pytest.mark.parametrize("stem, word, hit", [
    ("zufrieden", "unzufrieden", False),
    ("angemessen", "unangemessen", False),
    ("zufrieden", "zufriedenstellend", True),
    ("unterstütz", "unterstützte", True),
])
def test_object_stem_after_un(stem, word, hit):
    from lagebild.nlp.events.extract import _obj_hit
    assert _obj_hit(stem, word) is hit


def test_without_the_rule_the_stem_after_un_counts(monkeypatch):
    from lagebild.nlp.events import extract
    monkeypatch.setattr(extract, "UN_PREFIX_NO_OBJ", False)
    assert extract._obj_hit("zufrieden", "unzufrieden")
