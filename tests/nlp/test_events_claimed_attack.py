"""An attack whose clause names no doer got the setting's rebels ("EGYREB", "IDNREB") even when
the sentence says who claimed it: "Zu den Angriffen bekannte sich die IS-Miliz", "Nach den
Anschlägen, zu denen sich der IS bekannte". The party that "bekennt sich zu" an attack is its
doer (extract.CLAIMED_ATTACK); a claim denied ("bekannte sich nie zu …") names none. Uncoded
news: 4 articles, all four doers right. Twenty-eighth session, helper e8. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes

from lagebild.nlp.events import extract

_LEAD = "Kairo – Im Norden Ägyptens sind zwölf Soldaten getötet worden. "


def _attack(evs, trigger):
    return next(e for e in evs if e["trigger"]["text"] == trigger)


@pytest.mark.parametrize("claim, trigger", [
    ("Die Terrormiliz IS bekannte sich am Abend zu dem Anschlag.", "Anschlag"),
    ("Zu den Angriffen bekannte sich die Terrormiliz IS.", "Angriffen"),
    ("Zu dem Anschlag hatte sich die Terrormiliz Islamischer Staat (IS) bekannt.", "Anschlag"),
    ("Nach den Anschlägen, zu denen sich die Terrormiliz IS bekannte, wurden viele Menschen festgenommen.",
     "Anschlägen"),
])
def test_the_claimant_is_the_doer_of_the_attack(analyse_text, claim, trigger):
    assert codes(_attack(analyse_text(_LEAD + claim), trigger)["source"]) == ["IMGMUSISI"]


def test_a_denied_claim_names_no_doer(analyse_text):
    evs = analyse_text(_LEAD + "Die Terrormiliz IS bekannte sich jedoch nie zu den Anschlägen.")
    assert codes(_attack(evs, "Anschlägen")["source"]) != ["IMGMUSISI"]


def test_without_the_rule_the_attack_is_the_settings_rebels(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CLAIMED_ATTACK", False)
    evs = analyse_text(_LEAD + "Zu den Angriffen bekannte sich die Terrormiliz IS.")
    assert codes(_attack(evs, "Angriffen")["source"]) == ["EGYREB"]
