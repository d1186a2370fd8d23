"""Each city of a dateline of several joined by slashes ("Prag/Wien – …", "Idomeni/Athen – …") is a
dateline: where the report was filed, no place of the article's lead. Twentieth session, helper F2;
found reading lagebild's article settings on 10kGNAD articles. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from lagebild.nlp.events import agents
from lagebild.nlp.events.mentions import Mention


def _city(words: list[str], k: int) -> Mention:
    """The one-word city at token ``k`` of ``words``."""
    return Mention(k, k + 1, words[k], "XXX", "XXX", "city")


@pytest.mark.parametrize("text, k", [
    ("Prag / Wien – Der Außenminister reiste ab .", 0),
    ("Prag / Wien – Der Außenminister reiste ab .", 2),
    ("Neue Zäune . Idomeni / Athen / Skopje – Die Polizei griff ein .", 3),
    ("Neue Zäune . Idomeni / Athen / Skopje – Die Polizei griff ein .", 7),
])
def test_every_city_of_a_slashed_dateline_is_a_dateline(text, k):
    words = text.lower().split()
    assert agents.is_dateline(_city(words, k), words)


@pytest.mark.parametrize("text, k", [
    ("Der Zug fuhr von Prag / Wien nach Linz .", 4),  # a route inside a sentence
    ("Prag / Wien und Budapest meldeten Zuwächse .", 2),  # no dash
])
def test_slashed_cities_without_a_dateline_dash_are_places(text, k):
    words = text.lower().split()
    assert not agents.is_dateline(_city(words, k), words)


def test_without_the_rule_no_city_of_the_run_is_one(monkeypatch):
    monkeypatch.setattr(agents, "SLASHED_DATELINE", False)
    words = "Prag / Wien – Der Außenminister reiste ab .".lower().split()
    assert not agents.is_dateline(_city(words, 0), words)
    assert not agents.is_dateline(_city(words, 2), words)
