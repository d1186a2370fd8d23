"""Whoever welcomes or criticises a coercive measure named as a noun is not the one who took it: "Die
Opposition begrüßte die Schließung der Grenze" had the opposition closing the border, "Die EU-Kommission
hat die Schließung der Grenzen auf dem Balkan gutgeheißen" the EU (the object of the perfect's "hat" read
as the object of "haben"). The measure keeps its type's default doer. Twenty-first session (F12), found
reading lagebild's output on 10kGNAD row 190. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, holder", [
    ("Die Opposition begrüßte die Schließung der Grenze.", "OPP"),
    ("Die Opposition kritisierte die Schließung der Grenze.", "OPP"),
    ("Die Opposition hat die Schließung der Grenze begrüßt.", "OPP"),
    ("Die Europäische Kommission hat die Schließung der Grenzen auf dem Balkan gutgeheißen.", "IGOEUREEC"),
])
def test_the_one_who_welcomes_or_criticises_a_measure_did_not_take_it(analyse_text, text, holder):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1
    assert not any(code.endswith(holder) for code in actor_codes(acts[0]["source"]))


def test_a_measure_with_its_doer_named_keeps_it(analyse_text):
    acts = of_type(analyse_text("Die Regierung kritisierte die Festnahme der Journalisten durch die Polizei."),
                   "COERCE")
    assert len(acts) == 1 and actor_codes(acts[0]["source"])[0].endswith("COP")


def test_an_agreement_defended_stays_the_speakers(analyse_text):
    acts = of_type(analyse_text("Der amerikanische Außenminister verteidigte das Atomabkommen mit dem Iran."),
                   "AGREE")
    assert acts and actor_codes(acts[0]["source"]) == ["USAGOV"]


def test_without_the_rule_the_one_who_welcomes_it_took_it(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STANCE_HOLDER_NOT_DOER", False)
    acts = of_type(analyse_text("Die Opposition begrüßte die Schließung der Grenze."), "COERCE")
    assert acts and any(code.endswith("OPP") for code in actor_codes(acts[0]["source"]))
