"""A participle of occupying or threatening with "sein" names a state, not an act: "das von Rebellen
besetzt gewesen sei", "die Bevölkerung ist bedroht" (function_words.tsv state_participle,
STATE_PARTICIPLE); the act itself ("besetzten", "wurde besetzt", "haben bedroht") stays an event.
Nineteenth session, precision second round. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Die Leichen lagen nahe einem Hotel, das von Rebellen besetzt gewesen sei.", "ASSAULT"),
    ("Die Stadt war seit Wochen von Truppen besetzt.", "ASSAULT"),
    ("Die Bevölkerung im Norden ist durch die Rebellen bedroht.", "THREATEN"),
])
def test_a_state_is_no_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Rebellen besetzten am Montag das Hotel in Tripolis.", "ASSAULT"),
    ("Das Hotel wurde am Montag von Rebellen besetzt.", "ASSAULT"),
    ("Die Truppen hätten die Stadt mit Panzern besetzt.", "ASSAULT"),
    ("Die Rebellen haben die Journalisten bedroht.", "THREATEN"),
])
def test_the_act_stays_an_event(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1


def test_without_the_rule_the_state_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STATE_PARTICIPLE", False)
    text = "Die Leichen lagen nahe einem Hotel, das von Rebellen besetzt gewesen sei."
    assert len(of_type(analyse_text(text), "ASSAULT")) == 1
