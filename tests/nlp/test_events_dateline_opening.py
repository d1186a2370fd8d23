"""A dateline does not hide the phrase that opens a sentence. "Paris – In Mali haben Rebellen vier
Franzosen entführt": the sentence is set in Mali, and its unnamed doers (rebels, police, soldiers)
are Mali's; the dateline stood where the opening phrase was looked for, so "In Mali" set no place
and the rebels took the article's setting (FRAREB, a French story by its victims). With
agents.DATELINE_OPENING the sentence opens after the dateline and its dash (also "Ort/Ort –").
Session 30, helper q1s30. The pattern (a dateline, then "In/Im <country>") opens 4 of the uncoded
news (gn554 Marokko, gn576 Türkei, gn624 Nauru, gn1011 Israel); uncoded news: 1 actor changed, 1 right
(gn624 "Sydney – Im Pazifik-Inselstaat Nauru ist ein Flüchtling … verurteilt worden": AUSJUD -> NRUJUD;
the other three were already set in their country by the article's setting); development parts: no change (type 2611, tuple
1782). Tried and dropped: the same for a later clause that opens with "in <place>" ("…, in Mali
hatten Rebellen …"): no change on the development parts or the uncoded news. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import agents


@pytest.mark.parametrize("text, type_, source", [
    ("Paris – In Mali haben Rebellen vier Franzosen entführt.", "ASSAULT", "MLIREB"),
    ("Madrid – In Marokko hat die Polizei zwei Spanier festgenommen.", "COERCE", "MARCOP"),
    ("Paris/Bamako – Im Niger haben Soldaten Demonstranten festgenommen.", "COERCE", "NERMIL"),
])
def test_the_phrase_after_the_dateline_places_the_doers(analyse_text, text, type_, source):
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["source"]) == [source]


def test_without_a_dateline_the_opening_phrase_still_places_them(analyse_text):
    evs = of_type(analyse_text("In Mali haben Rebellen vier Touristen entführt."), "ASSAULT")
    assert evs and actor_codes(evs[0]["source"]) == ["MLIREB"]


def test_the_dateline_city_itself_places_nothing():
    words = "paris – die polizei nahm zwei männer fest .".split()
    assert agents.after_dateline([], words, 0) == 0


def test_without_the_rule_the_dateline_hides_the_opening(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "DATELINE_OPENING", False)
    evs = of_type(analyse_text("Paris – In Mali haben Rebellen vier Franzosen entführt."), "ASSAULT")
    assert evs and actor_codes(evs[0]["source"]) == ["FRAREB"]
