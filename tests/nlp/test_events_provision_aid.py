""""Zur Verfügung stellen" is AID only when what is handed over is help: soldiers, helpers, relief goods,
money, shelter, vehicles for transport or equipment (obj2 of the triggers.tsv line). A stage for a rally,
a car for a politician, minutes for a committee or a plot of land are no material aid. The second object
set is looked for where the first is (``extract.OBJ2_LIKE_OBJ``): in the clause a relative pronoun
resumes, and, for this objsent line, anywhere in the sentence.
Session 31, helper a1s31: uncoded news 6 events removed, all wrong (5 AID, 1 AGREE), 2 PROTEST added
(a rally that took place); development parts pooled type 2611 -> 2611, predictions 3564 -> 3562, tuple
1782 -> 1782. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from lagebild.nlp.events import extract


def _types(evs):
    return [e["type"] for e in evs]


@pytest.mark.parametrize("text", [
    "Die Regierung in Rom stellte dem Nachbarland 500 Soldaten zur Verfügung.",
    "Schweden hat der Ukraine zwei Millionen Dollar zur Verfügung gestellt.",
    "Die Stadt Graz stellt den Flüchtlingen Notunterkünfte zur Verfügung.",
])
def test_help_made_available_is_aid(analyse_text, text):
    assert "AID" in _types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Der Bürgermeister stellte dem Minister einen Dienstwagen zur Verfügung.",
    "Der Verein stellte der Kommission die Sitzungsprotokolle zur Verfügung.",
    "Ein Unternehmer hat der Gemeinde sein Grundstück zur Verfügung gestellt.",
])
def test_other_things_made_available_are_no_aid(analyse_text, text):
    assert "AID" not in _types(analyse_text(text))


def test_help_named_before_a_relative_clause(analyse_text):
    text = "Im Bericht werden Computer erwähnt, die der Armee Georgiens von Frankreich zur Verfügung gestellt wurden."
    assert "AID" in _types(analyse_text(text))


def test_flag_off_misses_help_named_before_a_relative_clause(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "OBJ2_LIKE_OBJ", False)
    text = "Im Bericht werden Computer erwähnt, die der Armee Georgiens von Frankreich zur Verfügung gestellt wurden."
    assert "AID" not in _types(analyse_text(text))
