"""Who a border measure is done to. A country after a border noun's "zu"/"nach" says where the border
runs: after a locative ("das Lager an der Grenze zu Mazedonien") it is never a party, and as the border
a state closes or opens in a text about refugees it is not the target either: the people stopped are
(the gnad3/gnad4 coders: "Mazedonien öffnete seine Grenze zu Griechenland wieder" is CONCEDE MKD >
---CVL). Refugees and migrants named without a nationality are of no known country, not of the place
they are in ("---CVL"), and a border measure in a text about refugees with no target named is aimed at
them. Flags extract.BORDER_SIDE, REFUGEES_FROM_ELSEWHERE, BORDER_MEASURE_TARGET; twenty-first session.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract

_CLOSED = ("Tausende Flüchtlinge warten in Idomeni. Mazedonien schloss am Montag seine Grenze zu Griechenland "
           "für die Flüchtlinge.")
_SEALED = "Tausende Flüchtlinge sitzen in Serbien fest. Ungarn hat die Grenze für die Flüchtlinge geschlossen."
_CAMP = ("Die Flüchtlinge hatten dort wochenlang ausgeharrt. Die griechische Polizei räumte das Lager der "
         "Migranten an der Grenze zu Mazedonien.")


@pytest.mark.parametrize("text, kind, source", [
    (_CLOSED, "COERCE", ["MKD"]),
    ("Viele Flüchtlinge sitzen fest. Mazedonien öffnete am Donnerstag seine Grenze zu Griechenland für "
     "die Flüchtlinge wieder.",
     "CONCEDE", ["MKD"]),
    (_CAMP, "COERCE", ["GRCCOP"]),
])
def test_the_neighbour_across_the_border_is_no_target(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source and actor_codes(acts[0]["target"]) == ["CVL"]


def test_a_border_closed_to_a_country_outside_a_refugee_story_is_aimed_at_it(analyse_text):
    acts = of_type(analyse_text("Russland schloss im Streit um Abchasien die Grenze zu Georgien."), "COERCE")
    assert len(acts) == 1 and actor_codes(acts[0]["target"]) == ["GEO"]


@pytest.mark.parametrize("text, target", [
    ("In Wien versorgte die Caritas die Flüchtlinge mit Decken.", ["CVL"]),
    ("In Wien versorgte die Caritas syrische Flüchtlinge mit Decken.", ["SYRCVL"]),
    ("Die Polizei in Budapest setzte Tränengas gegen die Flüchtlinge ein.", ["CVL"]),
])
def test_refugees_keep_their_own_country_or_none(analyse_text, text, target):
    evs = analyse_text(text)
    assert len(evs) == 1 and actor_codes(evs[0]["target"]) == target


def test_a_border_sealed_in_a_refugee_story_stops_the_refugees(analyse_text):
    acts = of_type(analyse_text(_SEALED), "COERCE")
    assert len(acts) == 1 and actor_codes(acts[0]["target"]) == ["CVL"]


def test_a_border_reopened_after_a_coup_is_no_refugee_measure(analyse_text):
    acts = of_type(analyse_text("Nach dem Putsch öffnete die Armee in Niger die Grenzen wieder."), "CONCEDE")
    assert len(acts) == 1 and actor_codes(acts[0]["target"]) != ["CVL"]


def test_without_the_flag_the_neighbour_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BORDER_SIDE", False)
    acts = of_type(analyse_text(_CLOSED), "COERCE")
    assert "GRC" in actor_codes(acts[0]["target"])


def test_without_the_flag_refugees_take_the_place(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REFUGEES_FROM_ELSEWHERE", False)
    evs = analyse_text("In Wien versorgte die Caritas die Flüchtlinge mit Decken.")
    assert actor_codes(evs[0]["target"]) == ["AUTCVL"]


def test_without_the_flag_a_sealed_border_hits_the_own_civilians(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BORDER_MEASURE_TARGET", False)
    monkeypatch.setattr(extract, "REFUGEES_FROM_ELSEWHERE", False)
    acts = of_type(analyse_text("Tausende Flüchtlinge sitzen in Serbien fest. Ungarn hat die Grenze für "
                                "Flüchtlinge geschlossen."), "COERCE")
    assert actor_codes(acts[0]["target"]) != ["CVL"]
