"""Common nouns read as places or names: "beim Essen" is a meal, not the city of Essen (actors
PLACE_NOUN_AFTER_ARTICLE, metonymy.tsv noun), and "Schloss Bellevue" is the German president's seat,
not the US town Bellevue (actors KB_NAME_WORD_BEFORE, organisations.tsv; twenty-first session, F6),
as "Präsidentenpalast Miraflores" is Venezuela's, not the district Miraflores of Lima.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp import actors


@pytest.mark.parametrize("text, kind, source, target", [
    ("Wien – Beim Essen mit Journalisten kritisierte der Kanzler die Gewerkschaften.", "DISAPPROVE",
     ["AUTGOV"], ["AUTLAB"]),
    ("Wien – Nach dem Essen kritisierte die Opposition den Kanzler.", "DISAPPROVE", ["AUTOPP"], ["AUTGOV"]),
    # the flag-off test's sentence (below): with the rule the meal stays a meal
    ("Wien – Der Kanzler kritisierte die Gewerkschaften: Im Essen und Trinken seien ihre Funktionäre maßlos.",
     "DISAPPROVE", ["AUTGOV"], ["AUTLAB"]),
])
def test_the_meal_moves_no_story_to_germany(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_the_city_without_an_article_stays_the_city(analyse_text):
    acts = of_type(analyse_text("Die Polizei in Essen nahm drei Männer fest."), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["DEUCOP"]


def test_without_the_rule_the_meal_is_the_city(analyse_text, monkeypatch):
    # "Beim Essen mit Journalisten kritisierte der Kanzler …" showed it with the shipped weights only:
    # the candidate weights (training/work/ship7-s1) no longer tag that "Essen" as a place. Both
    # weights tag "Im Essen und Trinken" (a contracted preposition before it) as the city, so without
    # the rule the Austrian chancellor still becomes Germany's government (sentence written for this
    # test; with the rule it is right, see the last case of test_the_meal_moves_no_story_to_germany)
    monkeypatch.setattr(actors, "PLACE_NOUN_AFTER_ARTICLE", False)
    acts = of_type(analyse_text("Wien – Der Kanzler kritisierte die Gewerkschaften: Im Essen und Trinken seien "
                                "ihre Funktionäre maßlos."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["DEUGOV"]


@pytest.mark.parametrize("text", [
    "Das Schloss Bellevue wies die Kritik zurück.",
    "Aus dem Schloss Bellevue hieß es, man weise die Vorwürfe zurück.",
])
def test_the_presidents_seat_is_the_german_government(analyse_text, text):
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and codes(acts[0]["source"]) == ["DEUGOV"]


@pytest.mark.parametrize("text", [
    "Aus dem Präsidentenpalast Miraflores hieß es, man weise die Vorwürfe zurück.",
    "Caracas – Im Präsidentenpalast Miraflores wies man die Kritik zurück.",
])
def test_the_palace_before_its_name_is_the_venezuelan_government(analyse_text, text):
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and codes(acts[0]["source"]) == ["VENGOV"]


def test_without_the_rule_the_seat_is_an_american_town(analyse_text, monkeypatch):
    # "Das Schloss Bellevue wies die Kritik zurück." showed it with the shipped weights only: the
    # candidate weights (training/work/ship7-s1, trained with own sentences that tag "Schloss
    # Bellevue" whole) never tag "Bellevue" alone. The rule is the same for every seat of power the
    # KB names as "<noun> <name>": both weights tag only "Miraflores" here, a district of Lima, so
    # without the rule the Venezuelan presidential palace becomes Peru's government; with it, it is
    # Venezuela's (test_the_palace_before_its_name_is_the_venezuelan_government; sentence written
    # for this test, the code compared changed with it from DEUGOV to VENGOV)
    monkeypatch.setattr(actors, "KB_NAME_WORD_BEFORE", False)
    acts = of_type(analyse_text("Aus dem Präsidentenpalast Miraflores hieß es, man weise die Vorwürfe zurück."),
                   "REJECT")
    assert acts and codes(acts[0]["source"]) != ["VENGOV"]
