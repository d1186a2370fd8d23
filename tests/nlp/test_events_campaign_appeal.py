"""A call or a stance whose clause names voters ("wirbt um Stimmen", "appelliert an … Wähler", "Druck seitens der
Wähler") is campaigning or a poll's finding, not an act between parties: the coders code no election adverts and
calls to vote (docs/EVENT_CODING.md, gnad6). On the uncoded 10kGNAD news three articles had such a DEMAND or SUPPORT,
all wrong (extract.CAMPAIGN_APPEAL, twenty-eighth session, helper e6). Calls to parties stay, and so does the party
"Freie Wähler". Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Im Netz wirbt der Bahnchef um Stimmen für den Bürgermeister der Stadt Graz.",
    "Nun appelliert er an konservative, patriotischere Wähler.",
    "Dann entsteht ein Druck seitens der Wähler auf die Regierung.",
])
def test_a_call_to_voters_is_no_demand(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "DEMAND") and not of_type(evs, "SUPPORT")


def test_a_call_to_a_party_stays(analyse_text):
    assert of_type(analyse_text("Die Regierung appellierte an die Opposition, dem Haushalt zuzustimmen."), "DEMAND")


def test_the_party_free_voters_stays(analyse_text):
    text = "Die Partei unterstützt die Freien Wähler bei ihrer Klage gegen die Landesregierung."
    assert of_type(analyse_text(text), "SUPPORT")


def test_without_the_rule_the_call_to_voters_is_a_demand(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CAMPAIGN_APPEAL", False)
    text = "Im Netz wirbt der Bahnchef um Stimmen für den Bürgermeister der Stadt Graz."
    assert of_type(analyse_text(text), "DEMAND")
