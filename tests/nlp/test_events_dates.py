"""Dates of events (nineteenth session, helper F5): a verbal reaction the report tells after its
story ("Die Regierung verurteilte den Angriff") is the report's news of the article's day, not an
act of the story's day, while the story's own acts keep the story's day. The articles are dated
Friday 2011-01-14; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

STORY = "Am Mittwoch griffen Rebellen eine Kaserne im Norden an. "
STORY_DAY = "2011-01-12"
ARTICLE_DAY = "2011-01-14"


@pytest.mark.parametrize("reaction, kind", [
    ("Die Regierung verurteilte den Angriff.", "DISAPPROVE"),
    ("Der Innenminister forderte mehr Soldaten für die Region.", "DEMAND"),
    ("Die Rebellen wiesen die Vorwürfe der Regierung zurück.", "REJECT"),
    ("Der Präsident lobte die Soldaten für ihren Mut.", "SUPPORT"),
])
def test_a_verbal_reaction_after_a_dated_story_keeps_the_article_date(analyse_text, reaction, kind):
    acts = of_type(analyse_text(STORY + reaction), kind)
    assert acts and acts[-1]["date"] == ARTICLE_DAY


@pytest.mark.parametrize("act, kind", [
    ("Dabei wurden drei Soldaten getötet.", "ASSAULT"),
    ("Die Armee nahm danach zwölf Rebellen fest.", "COERCE"),
])
def test_the_story_acts_keep_the_story_day(analyse_text, act, kind):
    acts = of_type(analyse_text(STORY + act), kind)
    assert acts and acts[-1]["date"] == STORY_DAY


def test_without_the_rule_the_reaction_takes_the_story_day(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STORY_VERBAL_DCT", False)
    acts = of_type(analyse_text(STORY + "Die Regierung verurteilte den Angriff."), "DISAPPROVE")
    assert acts and acts[-1]["date"] == STORY_DAY
