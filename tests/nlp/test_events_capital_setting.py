"""A capital read as its government ("Moskaus Politik", "Moskaus Einfluss": RUSGOV) names who acts,
not where the story happens: it votes for the article's setting once, like any actor, not as a
place. Three genitive "Moskaus" in a Czech lead made the article Russian, so unnamed Czech actors
became Russian. Twentieth session, helper F9. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import agents

_TEXT = ("Prag – Tschechiens Präsident Zeman verteidigte am Montag Moskaus Politik. Moskaus Einfluss "
         "in Prag wächst, Moskaus Gas ist billig. {}")


@pytest.mark.parametrize("last, kind, side, code", [
    ("Die Opposition kritisierte die Regierung scharf.", "DISAPPROVE", "source", "CZEOPP"),
    ("Die Polizei nahm am Abend drei Demonstranten fest.", "COERCE", "source", "CZECOP"),
])
def test_a_capital_standing_for_its_government_does_not_set_the_story(analyse_text, last, kind, side, code):
    acts = of_type(analyse_text(_TEXT.format(last)), kind)
    assert acts and codes(acts[-1][side]) == [code]


def test_without_the_rule_the_capital_makes_the_story_russian(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "CAPITAL_GOVERNMENT_VOTE", False)
    acts = of_type(analyse_text(_TEXT.format("Die Opposition kritisierte die Regierung scharf.")), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["RUSOPP"]
