"""Talks told by "sprechen" need a partner after "mit"; a "mit" that is the second word of "im Zusammenhang mit"
/ "in Verbindung mit", or that stands inside the "von" phrase of "sprechen von" (to call something so), names
none: "Von Betrug sprechen Kritiker im Zusammenhang mit dem Verkauf", "Der Experte spricht von einem Plan mit
Schwächen" are no talks (CONSULT), which the rules had found in dev3, gnad2 and the uncoded news.
Twenty-seventh session, helper e5. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Wien – Von grobem Betrug sprechen Kritiker heute im Zusammenhang mit dem Verkauf der Bank.",
    "Wien – Der Experte spricht von einem Plan mit großen Schwächen.",
    "Wien – Der Botschafter soll in Verbindung mit dem Skandal gesprochen haben.",
])
def test_a_mit_without_a_partner_makes_no_talks(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Wien – Der Kanzler sprach am Montag mit dem Präsidenten Frankreichs.",
    "Wien – Der Kanzler sprach im Zusammenhang mit der Krise auch mit dem Präsidenten Frankreichs.",
])
def test_talks_with_a_partner_stay(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT")


def test_without_the_rule_the_critics_words_are_talks(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TALK_NEEDS_PARTNER", False)
    assert of_type(analyse_text("Wien – Von grobem Betrug sprechen Kritiker heute im Zusammenhang mit dem Verkauf "
                                "der Bank."), "CONSULT")
