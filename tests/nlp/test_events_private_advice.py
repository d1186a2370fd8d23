"""Advice to private persons is no demand. "empfehlen" and "raten zu" are DEMAND when a party asks
another to act ("Der Staatsanwalt empfahl dem Gericht, …", "Die Kommission empfahl der Regierung, …");
an expert's or a consumer advocate's tip to customers, buyers, drivers or the affected ("Der Experte rät
Autofahrern zu Winterreifen", "empfiehlt Betroffenen, nicht zu zahlen") is consumer advice that asks no
party for a political act (EVENT_CODING: everyday senses of "empfehlen"). The DEMAND lines of
"empfehlen" and "raten" in triggers.tsv get a ``without=`` list of private addressees and advisers.
Session 29, helper r3; uncoded news: 2 removed, 2 wrong (one article); development parts: 3 removed,
3 wrong (dev5, gnad4, gnad6). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Verbraucherschützer empfehlen, die Heizung vor dem Winter prüfen zu lassen.",
    "Der Experte rät Autofahrern zu Winterreifen.",
    "Die Bank empfiehlt ihren Kunden, die Passwörter regelmäßig zu ändern.",
    "Die Stiftung empfiehlt Betroffenen, die Rechnung nicht zu bezahlen.",
])
def test_advice_to_private_persons_is_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("text", [
    "Der Staatsanwalt empfahl dem Gericht, die Strafe des Ministers zu bestätigen.",
    "Die EU-Kommission empfahl der Regierung in Belgrad, die Gespräche mit Pristina aufzunehmen.",
])
def test_a_party_asking_another_stays_a_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("lemma", ["empfehlen", "raten"])
def test_the_demand_lines_list_private_addressees(lemma):
    lines = [e for e in load_lexicon().lemmas[lemma] if e.type == "DEMAND"]
    assert lines and {"kunden", "verbrauchern", "betroffenen", "experte"} <= set(lines[0].without)
