"""A country adjective right before a named actor of its own country is that actor. "Die österreichische
SPÖ kritisierte die Regierung" gave source AUT and target AUTPTY: the adjective was a mention of its own,
so the clause had two parties and the named party became the object; "der deutschen Bundesregierung"
gave the target ["DEU", "DEUGOV"]. mentions.ADJECTIVE_BEFORE_OWN_NAME joins the adjective with the
named actor when both have the same country; a capital standing for its government stays a place
("im maltesischen Valletta").
Session 30, helper n2s30. Uncoded news: 3 events with changed actors in 2 articles, 3 right
(the bare country dropped beside DEUGOV/DEUCOP); development parts: 6 events in 4 articles changed,
5 closer to the gold (sources DEU -> DEUCOP, DEU -> DEUJUD; DEU dropped beside DEUGOV twice, LBN beside
LBNREB), 1 mixed ("ins deutsche Kanzleramt zitiert": target DEU dropped, source DEUCVL added), pooled
type 2611 -> 2611, tuple 1782 -> 1782. A list of region adjectives (Länder, cantons, US states) on top
was tried and dropped (uncoded 1-2 of 5 changed events right). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, source", [
    ("Die österreichische SPÖ kritisierte den Landeshauptmann scharf.", ["AUTPTY"]),
    ("Die deutsche SPD kritisierte den Innenminister.", ["DEUPTY"]),
])
def test_a_country_adjective_before_its_own_party_is_the_party(analyse_text, text, source):
    evs = of_type(analyse_text(text), "DISAPPROVE")
    assert evs and actor_codes(evs[0]["source"]) == source


def test_the_adjective_is_no_second_target(analyse_text):
    evs = of_type(analyse_text("Die Opposition kritisierte die Haltung der deutschen Bundesregierung."),
                  "DISAPPROVE")
    assert evs and "DEU" not in actor_codes(evs[0]["target"])
    assert "DEUGOV" in actor_codes(evs[0]["target"])


def test_a_country_adjective_before_a_sector_noun_still_joins_it(analyse_text):
    evs = of_type(analyse_text("Die französische Polizei nahm am Montag zwei Männer fest."), "COERCE")
    assert evs and actor_codes(evs[0]["source"]) == ["FRACOP"]


def test_with_the_flag_off_the_adjective_is_a_party_of_its_own(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "ADJECTIVE_BEFORE_OWN_NAME", False)
    evs = of_type(analyse_text("Die österreichische SPÖ kritisierte den Landeshauptmann scharf."), "DISAPPROVE")
    assert evs and actor_codes(evs[0]["source"]) == ["AUT"]
