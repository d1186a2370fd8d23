"""A party's name, a hyphen and a noun of its members or bodies ("SPD-Politiker", "die
FDP-Fraktion", "der CDU-Chef") is the party, also with no person's name after it; two parties
joined by a slash ("der CDU/CSU-Fraktion") are one actor. Found reading lagebild's output on
uncoded Wikinews article 58160 ("Die FDP-Fraktion protestierte im Stadtrat" had the source CVL).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source, target", [
    ("Die SPD-Fraktion kritisierte die Regierung scharf.", "DISAPPROVE", ["DEUPTY"], ["DEUGOV"]),
    ("SPD-Politiker kritisierten am Montag die Regierung.", "DISAPPROVE", ["DEUPTY"], ["DEUGOV"]),
    ("Der ÖVP-Chef kritisierte die Regierung in Wien.", "DISAPPROVE", ["AUTPTY"], ["AUTGOV"]),
    ("Die Grünen-Fraktion lehnte den Antrag der Regierung ab.", "REJECT", ["DEUPTY"], ["DEUGOV"]),
])
def test_a_party_compound_is_the_party(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_a_party_compound_after_a_role_is_the_doer(analyse_text):
    acts = of_type(analyse_text("Der Vorschlag wurde auch vom Sprecher der SPD-Fraktion begrüßt."), "SUPPORT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["DEUPTY"]


def test_slashed_parties_are_one_actor(analyse_text):
    acts = of_type(analyse_text("Der Plan Österreichs wurde vom Sprecher der CDU/CSU-Fraktion begrüßt."), "SUPPORT")
    assert len(acts) == 1
    assert "DEUPTY" not in actor_codes(acts[0]["target"])


def test_without_the_rule_the_party_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "PARTY_COMPOUNDS", False)
    acts = of_type(analyse_text("Die SPD-Fraktion kritisierte die Regierung scharf."), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) != ["DEUPTY"]
