"""Not ruling out a hostile act of one's own is a veiled threat. "schloss einen Atomangriff nicht aus",
"schließt Streiks nicht aus", "schloss nicht aus, Obama zu verklagen" threaten the other side (PLOVER
THREATEN), and the act named is coded too, hypothetical, as for "drohte mit Luftangriffen"
(THREATENED_ACTS). triggers.tsv gets a THREATEN line of "ausschließen" (``neg``: only negated) for
attacks, force, strikes, sanctions, suits, expulsions and arrests; a possible agreement or a job cut not
ruled out threatens nobody. ``extract.THREATENED_OBJECT_ACTS`` keeps the act noun the verb of threatening
takes as its direct object (before, the verb swallowed it: the gold's hypothetical ASSAULT and PROTEST
were lost). Session 30, helper r2s30 (recall of THREATEN, weak on blind): development parts type matches
2595 -> 2597, predictions +2, tuple +1 (gnad1 291, gnad5 99: both THREATENs right); uncoded news: 1 added,
1 right (gn96, Boehner not ruling out a suit against Obama). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Verteidigungsminister schloss einen Luftangriff auf die Stellungen der Rebellen nicht aus.",
    "Die Gewerkschaft der Lokführer schließt weitere Streiks nicht aus.",
    "Der Senator schloss nicht aus, die Regierung zu verklagen.",
    "Russland schließt neue Sanktionen gegen die Türkei nicht aus.",
])
def test_not_ruling_out_a_hostile_act_is_a_threat(analyse_text, text):
    assert of_type(analyse_text(text), "THREATEN")


@pytest.mark.parametrize("text, act", [
    ("Der Verteidigungsminister schloss einen Luftangriff auf die Stellungen der Rebellen nicht aus.", "ASSAULT"),
    ("Die Gewerkschaft der Lokführer schließt weitere Streiks nicht aus.", "PROTEST"),
])
def test_the_act_not_ruled_out_is_coded_hypothetical(analyse_text, text, act):
    acts = of_type(analyse_text(text), act)
    assert acts and acts[0]["modality"] == "hypothetical"


@pytest.mark.parametrize("text", [
    "Die Regierung schloss eine Einigung mit der Opposition nicht aus.",
    "Der Konzern schließt weitere Kündigungen nicht aus.",
])
def test_a_peaceful_or_private_act_not_ruled_out_is_no_threat(analyse_text, text):
    assert not of_type(analyse_text(text), "THREATEN")


def test_ruling_out_stays_a_refusal(analyse_text):
    evs = analyse_text("Der Minister schloss einen Militäreinsatz aus.")
    assert of_type(evs, "REJECT") and not of_type(evs, "THREATEN")


def test_a_threat_with_mit_keeps_its_act(analyse_text):
    evs = analyse_text("Die Regierung drohte den Rebellen mit Luftangriffen.")
    assert of_type(evs, "THREATEN") and of_type(evs, "ASSAULT")


def test_flag_off_the_verb_swallows_its_object(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "THREATENED_OBJECT_ACTS", False)
    evs = analyse_text("Der Verteidigungsminister schloss einen Luftangriff auf die Stellungen der Rebellen nicht aus.")
    assert of_type(evs, "THREATEN") and not of_type(evs, "ASSAULT")
