"""Common nouns read as places or names: "beim Essen" is a meal, not the city of Essen (actors
PLACE_NOUN_AFTER_ARTICLE, metonymy.tsv noun), and "Schloss Bellevue" is the German president's seat,
not the US town Bellevue (actors KB_NAME_WORD_BEFORE, organisations.tsv; twenty-first session, F6).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp import actors


def _codes(side):
    return sorted(a.get("actor_code") or a.get("name") for a in side)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Wien – Beim Essen mit Journalisten kritisierte der Kanzler die Gewerkschaften.", "DISAPPROVE",
     ["AUTGOV"], ["AUTLAB"]),
    ("Wien – Nach dem Essen kritisierte die Opposition den Kanzler.", "DISAPPROVE", ["AUTOPP"], ["AUTGOV"]),
])
def test_the_meal_moves_no_story_to_germany(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (_codes(acts[0]["source"]), _codes(acts[0]["target"])) == (source, target)


def test_the_city_without_an_article_stays_the_city(analyse_text):
    acts = of_type(analyse_text("Die Polizei in Essen nahm drei Männer fest."), "COERCE")
    assert acts and _codes(acts[0]["source"]) == ["DEUCOP"]


def test_without_the_rule_the_meal_is_the_city(analyse_text, monkeypatch):
    monkeypatch.setattr(actors, "PLACE_NOUN_AFTER_ARTICLE", False)
    acts = of_type(analyse_text("Wien – Beim Essen mit Journalisten kritisierte der Kanzler die Gewerkschaften."),
                   "DISAPPROVE")
    assert acts and _codes(acts[0]["source"]) == ["DEUGOV"]


@pytest.mark.parametrize("text", [
    "Das Schloss Bellevue wies die Kritik zurück.",
    "Aus dem Schloss Bellevue hieß es, man weise die Vorwürfe zurück.",
])
def test_the_presidents_seat_is_the_german_government(analyse_text, text):
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and _codes(acts[0]["source"]) == ["DEUGOV"]


def test_without_the_rule_the_seat_is_an_american_town(analyse_text, monkeypatch):
    monkeypatch.setattr(actors, "KB_NAME_WORD_BEFORE", False)
    acts = of_type(analyse_text("Das Schloss Bellevue wies die Kritik zurück."), "REJECT")
    assert acts and _codes(acts[0]["source"]) != ["DEUGOV"]
