"""Generic agents the text calls western ("westliche Regierungen", "westliche Konzerne") are CAMEO's
West: WST + the sector (WSTGOV, WSTBUS), as the coders code them three times in five; they had no
country at all ("---GOV"), like agents the text calls international or foreign. Twenty-eighth session,
helper e2. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, side, code", [
    ("Westliche Regierungen warfen Belarus Wahlbetrug vor.", "source", "WSTGOV"),
    ("Westliche Diplomaten kritisierten die Festnahmen in Minsk scharf.", "source", "WSTGOV"),
    ("Der Präsident von Bolivien kritisierte westliche Konzerne scharf.", "target", "WSTBUS"),
])
def test_western_agents_are_the_west(analyse_text, text, side, code):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts and code in codes(acts[0][side])


def test_without_the_rule_western_agents_have_no_country(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "WEST_ADJ", False)
    acts = of_type(analyse_text("Westliche Regierungen warfen Belarus Wahlbetrug vor."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["GOV"]
