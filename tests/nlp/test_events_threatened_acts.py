"""The violence, coercion or strike named in the "mit" phrase of a verb of threatening ("drohte den
Rebellen mit Luftangriffen", "droht mit einem Streik") is an event of its own besides the threat:
hypothetical, done by the threatener to the threatened (the coders of gnad1 and gnad5). Threatened
sanctions and prison sentences stay the threat alone. Twenty-second session, F5; every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Die Rebellen drohten der Armee mit neuen Angriffen.", "ASSAULT", ["REB"], ["MIL"]),
    ("Die Türkei drohte Syrien mit Luftangriffen.", "ASSAULT", ["TUR"], ["SYR"]),
])
def test_the_threatened_act_is_a_hypothetical_event(analyse_text, text, kind, source, target):
    evs = analyse_text(text)
    assert len(of_type(evs, "THREATEN")) == 1
    acts = of_type(evs, kind)
    assert len(acts) == 1 and acts[0]["modality"] == "hypothetical" and not acts[0]["negated"]
    assert [c[-3:] if len(c) > 3 else c for c in actor_codes(acts[0]["source"])] == source
    assert [c[-3:] if len(c) > 3 else c for c in actor_codes(acts[0]["target"])] == target


def test_a_threatened_strike_is_a_hypothetical_protest(analyse_text):
    acts = of_type(analyse_text("Die Gewerkschaft droht mit einem Streik."), "PROTEST")
    assert len(acts) == 1 and acts[0]["modality"] == "hypothetical"


@pytest.mark.parametrize("text", [
    "Der Minister drohte mit Konsequenzen.",
    "Die USA drohten Russland mit neuen Sanktionen.",
    "Die Regierung drohte den Streikenden mit Haftstrafen.",
    "Der Richter verlangt im Zusammenhang mit den Ermittlungen die Herausgabe der Akten.",
])
def test_no_act_without_a_threat_and_an_act_noun(analyse_text, text):
    evs = analyse_text(text)
    assert not [e for e in evs if e["type"] not in ("THREATEN", "DEMAND")]


def test_without_the_rule_the_threat_stands_alone(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "THREATENED_ACTS", False)
    evs = analyse_text("Die Türkei drohte Syrien mit Luftangriffen.")
    assert of_type(evs, "THREATEN") and not of_type(evs, "ASSAULT")
