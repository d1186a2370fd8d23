"""Dates of events (nineteenth session, helper F5): a verbal reaction the report tells after its
story ("Die Regierung verurteilte den Angriff") is the report's news of the article's day, not an
act of the story's day, while the story's own acts keep the story's day; a hypothetical or planned
act with no time of its own has no date, while one with a time of its own keeps it, and a threat
or refusal is dated on the day it is stated. The articles are dated Friday 2011-01-14; every
sentence is written for these tests."""

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


@pytest.mark.parametrize("text, kind, modality", [
    ("Die Regierung könnte Sanktionen gegen Belarus verhängen.", "SANCTION", "hypothetical"),
    ("Wenn die Rebellen die Stadt angreifen sollten, würde die Armee eingreifen.", "ASSAULT", "hypothetical"),
    ("Der Außenminister will nach Kairo reisen.", "AGREE", "future"),
])
def test_an_undone_act_without_a_time_of_its_own_is_undated(analyse_text, text, kind, modality):
    acts = of_type(analyse_text(text), kind)
    assert acts and (acts[0]["modality"], acts[0]["date"]) == (modality, None)


@pytest.mark.parametrize("text, kind, date", [
    ("Der Außenminister will am Sonntag nach Kairo reisen.", "AGREE", "2011-01-16"),
    ("Die Gewerkschaft will heute in Bonn demonstrieren.", "PROTEST", ARTICLE_DAY),
])
def test_a_planned_act_with_a_time_of_its_own_keeps_it(analyse_text, text, kind, date):
    acts = of_type(analyse_text(text), kind)
    assert acts and (acts[0]["modality"], acts[0]["date"]) == ("future", date)


def test_a_refusal_is_dated_on_the_day_it_is_stated(analyse_text):
    acts = of_type(analyse_text("Die Partei werde das Ergebnis nicht anerkennen, erklärte ihr Vorsitzender."),
                   "REJECT")
    assert acts and acts[0]["date"] == ARTICLE_DAY


@pytest.mark.parametrize("flag, text, kind", [
    ("HYPOTHETICAL_UNDATED", "Die Regierung könnte Sanktionen gegen Belarus verhängen.", "SANCTION"),
    ("PLANNED_UNDATED", "Der Außenminister will nach Kairo reisen.", "AGREE"),
])
def test_without_the_rule_the_undone_act_takes_the_article_date(analyse_text, monkeypatch, flag, text, kind):
    monkeypatch.setattr(extract, flag, False)
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["date"] == ARTICLE_DAY


# --- a date after an actor is the clause's; an act noun's date may close its phrase

@pytest.mark.parametrize("text, kind, date", [
    ("Von seinem Amt trat der Minister im Mai 1985 zurück.", "RETREAT", "1985-05"),
    ("Von diesem Posten trat Müller im Mai 1985 zurück.", "RETREAT", "1985-05"),
])
def test_a_date_after_the_subject_dates_the_clause(analyse_text, text, kind, date):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["date"] == date


def test_a_date_after_an_actor_inside_a_pp_is_not_the_clauses(analyse_text):
    acts = of_type(analyse_text("Die Regierung verurteilte den Putsch gegen Präsident Müller im Jahr 2006."),
                   "DISAPPROVE")
    assert acts and acts[0]["date"] == ARTICLE_DAY


def test_without_the_rule_the_actor_holds_the_date(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ACTOR_NO_DATE_HOLDER", False)
    acts = of_type(analyse_text("Von seinem Posten trat Müller im Mai 1985 zurück."), "RETREAT")
    assert acts and acts[0]["date"] == ARTICLE_DAY


@pytest.mark.parametrize("text", [
    "Der Prozess behandelt auch ein Massaker an 300 Dorfbewohnern des Nordens im Jahr 1988.",
    "Das Gericht befasst sich mit einem Massaker an 300 Bauern im Jahr 1988.",
])
def test_an_act_noun_takes_the_date_that_closes_its_phrase(analyse_text, text):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert acts and acts[0]["date"] == "1988"


def test_the_phrase_ends_at_a_verb(analyse_text):
    acts = of_type(analyse_text("Nach dem Angriff auf das Dorf erklärte die Armee im Jahr 2006 ihren Rückzug."),
                   "ASSAULT")
    assert acts and acts[0]["date"] != "2006"


def test_without_the_reach_the_far_date_is_not_the_nouns(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NOUN_DATE_REACH", 0)
    acts = of_type(analyse_text("Der Prozess behandelt auch ein Massaker an 300 Dorfbewohnern des Nordens im Jahr 1988."),
                   "ASSAULT")
    assert acts and acts[0]["date"] == ARTICLE_DAY


# --- an act told in the pluperfect with no time of its own is an undated background act

@pytest.mark.parametrize("text, kind", [
    ("Der Minister hatte die Pläne der Regierung zuvor scharf kritisiert.", "DISAPPROVE"),
    ("Mehr als 100 Bewohner waren dort von Soldaten ermordet worden.", "ASSAULT"),
])
def test_a_pluperfect_act_without_a_time_is_undated(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["date"] is None


@pytest.mark.parametrize("text, kind, date", [
    ("Am Montag hatte die Polizei den Sprecher festgenommen.", "COERCE", "2011-01-10"),
    ("Nachdem die Polizei die Straße gesperrt hatte, griffen die Demonstranten die Beamten an.", "ASSAULT",
     ARTICLE_DAY),
    ("Die Opposition kritisierte die Regierung.", "DISAPPROVE", ARTICLE_DAY),
])
def test_a_pluperfect_with_a_time_and_other_tenses_keep_their_date(analyse_text, text, kind, date):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["date"] == date


def test_without_the_rule_the_pluperfect_act_takes_the_article_date(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PLUPERFECT_UNDATED", False)
    acts = of_type(analyse_text("Der Minister hatte die Pläne der Regierung zuvor scharf kritisiert."), "DISAPPROVE")
    assert acts and acts[0]["date"] == ARTICLE_DAY


# --- "vor etwa vier Jahren" is a past time, not a duration; a PP of circumstance dates the act

@pytest.mark.parametrize("text, kind, date", [
    ("Vor etwa vier Jahren hatte die Firma den Behörden angeboten, den Müll zu entsorgen.", "AGREE", "2007"),
    ("Vor rund zwei Jahren hatte die Armee das Dorf angegriffen.", "ASSAULT", "2009"),
])
def test_a_hedged_ago_is_a_past_time(analyse_text, text, kind, date):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["date"] == date


@pytest.mark.parametrize("text, kind, date", [
    ("Bei den Unruhen im Juli waren 200 Menschen getötet worden.", "ASSAULT", "2010-07"),
    ("Während der Proteste im Mai 2009 hatte die Polizei viele Studenten festgenommen.", "COERCE", "2009-05"),
])
def test_the_date_of_a_circumstance_dates_the_act(analyse_text, text, kind, date):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["date"] == date


def test_a_date_of_another_noun_is_still_not_the_clauses(analyse_text):
    acts = of_type(analyse_text("Die Regierung kritisierte die Wiederwahl im Jahr 2008."), "DISAPPROVE")
    assert acts and acts[0]["date"] == ARTICLE_DAY


def test_without_the_rule_the_circumstance_keeps_its_date(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CIRCUMSTANCE_DATE", False)
    acts = of_type(analyse_text("Bei den Unruhen im Juli waren 200 Menschen getötet worden."), "ASSAULT")
    assert acts and acts[0]["date"] != "2010-07"


# --- a repeated or drawn-out act told in a past tense has no one date

@pytest.mark.parametrize("text, kind", [
    ("Menschenrechtsgruppen haben die Zustände im Gefängnis mehrmals kritisiert.", "DISAPPROVE"),
    ("In den letzten Monaten wurden wiederholt Helfer im Norden überfallen.", "ASSAULT"),
])
def test_a_repeated_past_act_is_undated(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["date"] is None


def test_a_repeated_act_in_the_present_is_the_articles_news(analyse_text):
    acts = of_type(analyse_text("Die Regierung fordert seit Jahren eine Reform der Polizei."), "DEMAND")
    assert acts and acts[0]["date"] == ARTICLE_DAY


def test_without_the_rule_the_repeated_act_takes_the_article_date(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "HABITUAL_UNDATED", False)
    acts = of_type(analyse_text("Menschenrechtsgruppen haben die Zustände im Gefängnis mehrmals kritisiert."),
                   "DISAPPROVE")
    assert acts and acts[0]["date"] == ARTICLE_DAY
