"""A call noun in the plural with no party of its own ("Gebühren für Telefonate", "alle Telefonate
werden gespeichert") names phone traffic, no talks between parties (``PHONE_TRAFFIC``,
call_noun_plural in function_words.tsv; twenty-second session, from gnad5's roaming-fee report and
gnad2/gnad4's surveillance articles). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Mobilfunkanbieter verlangt ab Mai keine Zuschläge mehr für Telefonate und SMS im Ausland.",
    "Nach dem Gesetz dürften nicht alle Telefongespräche und Chats im Land gespeichert werden.",
])
def test_calls_as_traffic_are_no_talks(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Nach mehreren Telefonaten mit Obama lenkte Putin ein.",
    "Merkel und Hollande führten am Montag zwei Telefongespräche über die Ukraine.",
])
def test_calls_between_parties_stay(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT")


def test_without_the_rule_the_fee_is_a_meeting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PHONE_TRAFFIC", False)
    text = "Der Mobilfunkanbieter verlangt ab Mai keine Zuschläge mehr für Telefonate und SMS im Ausland."
    assert of_type(analyse_text(text), "CONSULT")
