"""A place named after a place noun ("in der Hauptstadt Tunis", "in der südosttürkischen Provinz
Sirnak", "nahe dem tunesischen Badeort Sousse") places its sentence as "in Tunis" does: the police,
soldiers and attackers nobody gives a country of their own are of that place's country, not of the
article's setting (agents.NOUN_BEFORE_PLACE; session 26, from the uncoded news: the attacks in Tunis
were coded Libyan in a Libyan story). A place noun that is no phrase of place ("Die Hauptstadt Tunis
liegt nahe") places nothing. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import agents

# the setting: a story about Libya, named three times before the sentence under test
_LEAD = "Libyens Regierung in Tripolis beriet am Montag über die Lage in Libyen. Libyen ist gespalten. "


@pytest.mark.parametrize("sentence, kind, source", [
    ("Im März nahm die Polizei in der Hauptstadt Tunis drei Männer fest.", "COERCE", ["TUNCOP"]),
    ("Die Polizei nahm in der Hafenstadt Alexandria zwei Männer fest.", "COERCE", ["EGYCOP"]),
    ("Bei einem Anschlag nahe dem tunesischen Badeort Sousse wurden Touristen getötet.", "ASSAULT", ["TUNREB"]),
])
def test_the_place_after_its_noun_gives_the_agents_country(analyse_text, sentence, kind, source):
    acts = of_type(analyse_text(_LEAD + sentence), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_the_victims_are_of_the_province_named(analyse_text):
    acts = of_type(analyse_text(_LEAD + "Soldaten gerieten in der südosttürkischen Provinz Sirnak in einen Hinterhalt."),
                   "ASSAULT")
    assert acts and codes(acts[0]["target"]) == ["TURCVL"]


def test_a_place_noun_as_subject_places_nothing(analyse_text):
    acts = of_type(analyse_text(_LEAD + "Die Hauptstadt Tunis liegt nahe. Die Polizei nahm drei Männer fest."),
                   "COERCE")
    assert acts and codes(acts[0]["source"]) == ["LBYCOP"]


def test_without_the_rule_the_setting_is_kept(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "NOUN_BEFORE_PLACE", False)
    acts = of_type(analyse_text(_LEAD + "Im März nahm die Polizei in der Hauptstadt Tunis drei Männer fest."),
                   "COERCE")
    assert acts and codes(acts[0]["source"]) == ["LBYCOP"]
