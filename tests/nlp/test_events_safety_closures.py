"""A danger zone or a road closed for safety ("Die Polizei sperrte den Gefahrenbereich weiträumig
ab", "Wegen einer Fliegerbombe wurde die Innenstadt abgesperrt") coerces no one; a cordon before a
protest still does. Seen by the first Wikinews reading round; a data line in triggers.tsv. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text", [
    "Die Feuerwehr sperrte den Gefahrenbereich am Nachmittag weiträumig ab.",
    "Wegen einer Fliegerbombe wurde die Innenstadt von Köln abgesperrt.",
    "Die Polizei hat die Unfallstelle für mehrere Stunden abgesperrt.",
])
def test_a_safety_closure_is_no_coercion(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE") == []


def test_a_cordon_before_a_protest_stays(analyse_text):
    acts = of_type(analyse_text("Die Polizei sperrte das Regierungsviertel vor der Demonstration ab."), "COERCE")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["COP"]
