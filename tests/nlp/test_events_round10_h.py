"""Round 10, fixer H: the date of an event. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

DCT = "2011-01-14"  # the article date of analyse_text (tests/nlp/conftest.py)


# --- "damals", "seinerzeit", "an diesem Tag" point back to the last earlier time the article named
@pytest.mark.parametrize("text,type_,date", [
    ("Der Oppositionsführer trat 1998 von seinem Amt zurück. Damals hatte er die Regierung scharf kritisiert.",
     "DISAPPROVE", "1998"),
    ("Bereits im März 2004 kam es in der Haftanstalt zu Unruhen. Damals nahmen Häftlinge zwei Wärter als Geiseln.",
     "ASSAULT", "2004-03"),
    ("Die Partei wurde 1987 gegründet. Die Gründer forderten seinerzeit freie Wahlen.", "DEMAND", "1987"),
    ("Die Gedenkfeier erinnert an die Bombennacht vom 3. Februar 1945. An diesem Tag wurde die Stadt zerstört.",
     "ASSAULT", "1945-02-03"),
])
def test_then_takes_the_earlier_time(analyse_text, text, type_, date):
    evs = of_type(analyse_text(text), type_)
    assert evs and evs[-1]["date"] == date


def test_then_without_an_earlier_time_keeps_the_article_date(analyse_text):
    evs = of_type(analyse_text("Damals hatte der Minister die Opposition scharf kritisiert."), "DISAPPROVE")
    # (no earlier time: a pluperfect act with no time is undated since PLUPERFECT_UNDATED, not dated
    # on the article's day; tests/nlp/test_events_dates.py)
    assert evs and evs[0]["date"] is None


def test_then_with_a_date_of_its_own_keeps_it(analyse_text):
    evs = of_type(analyse_text("Die Partei wurde 1987 gegründet. Damals, im Mai 1990, forderten ihre Gründer "
                                "freie Wahlen."), "DEMAND")
    assert evs and evs[0]["date"] == "1990-05"


def test_then_skips_a_time_after_the_article(analyse_text):
    text = "Die Wahl soll im Jahr 2099 stattfinden. Damals hatte der Minister die Opposition scharf kritisiert."
    evs = of_type(analyse_text(text), "DISAPPROVE")
    assert evs and evs[0]["date"] is None  # not 2099 (undated: PLUPERFECT_UNDATED)


# --- a date inside a relative clause dates that clause's act, not the main clause's
@pytest.mark.parametrize("text,type_", [
    ("Die Oppositionspartei, die am vergangenen Samstag die Wahl gewonnen hatte, beschuldigte die Regierung "
     "des Wahlbetrugs.", "DISAPPROVE"),
    ("Der Abgeordnete, der im Dezember 2010 aus der Partei ausgetreten war, kritisierte den Kanzler.", "DISAPPROVE"),
    ("Die Rebellen, die im Jahr 2009 ein Dorf überfallen hatten, lehnten Verhandlungen ab.", "REJECT"),
    ("Die Regierung begnadigte den Journalisten, der im Mai 2009 von einem Gericht verurteilt worden war.",
     "CONCEDE"),
])
def test_relative_clause_date_is_not_the_main_acts(analyse_text, text, type_):
    evs = of_type(analyse_text(text), type_)
    assert evs and evs[0]["date"] == DCT


@pytest.mark.parametrize("text,type_,date", [
    ("Die Rebellen, die im Jahr 2009 ein Dorf überfallen hatten, lehnten Verhandlungen ab.", "ASSAULT", "2009"),
    ("Die Regierung begnadigte den Journalisten, der im Mai 2009 von einem Gericht verurteilt worden war.",
     "SANCTION", "2009-05"),
])
def test_relative_clause_keeps_its_own_date(analyse_text, text, type_, date):
    evs = of_type(analyse_text(text), type_)
    assert evs and evs[0]["date"] == date


# --- a verb in the present tense tells the article's present, not the day the story opened with
_STORY = "Am Samstag nahm die Polizei den Oppositionsführer fest. "
_SATURDAY = "2011-01-08"  # the Saturday before the article date


@pytest.mark.parametrize("text,type_", [
    (_STORY + "Er bestreitet die Vorwürfe.", "REJECT"),
    (_STORY + "Seine Partei fordert seine Freilassung.", "DEMAND"),
])
def test_present_verb_takes_the_article_date(analyse_text, text, type_):
    evs = of_type(analyse_text(text), type_)
    assert evs and evs[0]["date"] == DCT


@pytest.mark.parametrize("text,type_", [
    (_STORY + "Seine Anhänger protestierten vor dem Gefängnis.", "PROTEST"),
    # (a verbal reaction, "Seine Partei hat die Festnahme scharf kritisiert", keeps the article's
    # date since STORY_VERBAL_DCT: tests/nlp/test_events_dates.py)
    (_STORY + "Seine Anhänger haben vor dem Gefängnis demonstriert.", "PROTEST"),
])
def test_past_or_perfect_verb_keeps_the_story_date(analyse_text, text, type_):
    evs = of_type(analyse_text(text), type_)
    assert evs and evs[0]["date"] == _SATURDAY


def test_act_noun_in_a_present_clause_keeps_the_story_date(analyse_text):
    evs = of_type(analyse_text(_STORY + "Die Festnahme geht auf eine Anzeige der Regierung zurück."), "COERCE")
    assert len(evs) == 2 and evs[1]["date"] == _SATURDAY


# --- "am vergangenen Freitag" never names the article's own day (the article date is a Friday)
@pytest.mark.parametrize("text,date", [
    ("Am vergangenen Freitag kritisierte die Opposition die Regierung.", "2011-01-07"),
    ("Am letzten Freitag kritisierte die Opposition die Regierung.", "2011-01-07"),
    ("Am vergangenen Mittwoch kritisierte die Opposition die Regierung.", "2011-01-12"),
    ("Am heutigen Freitag kritisierte die Opposition die Regierung.", DCT),
])
def test_last_weekday_is_before_the_article_day(analyse_text, text, date):
    evs = of_type(analyse_text(text), "DISAPPROVE")
    assert evs and evs[0]["date"] == date
