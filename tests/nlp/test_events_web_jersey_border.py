"""Word senses that name no act, or another act, found reading lagebild's output on uncoded
Wikinews articles: opening a web page calls on no one ("Eine Million
Nutzer haben die Seite aufgerufen"); defending a jersey or title is sport ("verteidigte das Gelbe
Trikot"); concluding a ceasefire "an der Grenze" is an agreement, not a border closure. Data lines in
triggers.tsv; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, kind", [
    ("Täglich haben etwa eine Million Nutzer die Seite aufgerufen.", "DEMAND"),
    ("Die Internetseite der Behörde wurde fünf Millionen Mal aufgerufen.", "DEMAND"),
    ("Der Radfahrer verteidigte das Gelbe Trikot mit Erfolg.", "SUPPORT"),
    ("Die Boxerin verteidigte ihren Gürtel gegen die Herausforderin.", "SUPPORT"),
])
def test_the_sense_names_no_such_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind, source, target", [
    ("Auf der einen Seite rief die Regierung die Opposition zur Mäßigung auf.", "DEMAND", ["GOV"], ["OPP"]),
    ("Auf ihrer Internetseite rief die Opposition die Regierung zum Rücktritt auf.", "DEMAND", ["OPP"], ["GOV"]),
    ("In einer Videobotschaft rief die Opposition die Regierung auf, zurückzutreten.", "DEMAND", ["OPP"], ["GOV"]),
    ("Die Ministerin verteidigte die Reform gegen die Opposition.", "SUPPORT", ["GOV"], ["OPP"]),
])
def test_the_act_sense_stays(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, kind, source", [
    ("Seit 2003, als Pakistan und Indien an der Grenze einen Waffenstillstand schlossen, herrschte Ruhe.",
     "AGREE", ["IND", "PAK"]),
    ("Israel und die Hamas schlossen an der Grenze zu Ägypten einen Waffenstillstand.", "AGREE", ["ISR", "PSEREB"]),
])
def test_a_ceasefire_concluded_at_a_border_is_an_agreement(analyse_text, text, kind, source):
    evs = analyse_text(text)
    assert of_type(evs, "COERCE") == []
    acts = of_type(evs, kind)
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == source


def test_a_border_closed_is_still_a_restriction(analyse_text):
    acts = of_type(analyse_text("Die Türkei schloss am Montag die Grenze zu Syrien."), "COERCE")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["TUR"]
