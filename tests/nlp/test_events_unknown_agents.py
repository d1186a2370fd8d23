"""Agents the text calls unknown ("Unbekannte warfen Steine", "von einer unbekannten Gruppe
beschossen") are of no known country: the coding guide codes them "---" + sector ("---CVL" for
"Unbekannte"), where they took the article's setting ("DEUCVL"). Twenty-fifth session, helper e3.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


_ATTACK = "Dresden – Unbekannte haben in der Nacht eine Handgranate auf eine Flüchtlingsunterkunft in Sachsen geworfen."


@pytest.mark.parametrize("text, code", [
    (_ATTACK, "CVL"),
    ("Kabul – Im Krieg mit den Taliban wurde ein Posten der afghanischen Armee am Montag von unbekannten "
     "Kämpfern beschossen.", "REB"),
])
def test_an_unknown_agent_has_no_country(analyse_text, text, code):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert acts and codes(acts[-1]["source"]) == [code]


def test_without_the_rule_the_unknown_take_the_setting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "UNKNOWN_AGENTS", False)
    acts = of_type(analyse_text(_ATTACK), "ASSAULT")
    assert acts and codes(acts[-1]["source"]) == ["DEUCVL"]
