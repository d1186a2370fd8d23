"""Hackers breaking into computers and stealing data commit a cyber act (COERCE, mode cyber, as
"Hackerangriff" already is). triggers.tsv gets "eindringen" with an object word of a computer, network,
server or account ("in das System eindringen", "in das Netzwerk einzudringen"), and "erbeuten",
"stehlen", "entwenden", "abgreifen" with an object word of data, passwords or e-mails ("12,5 Gigabyte an
Daten erbeutet", "Zugangsdaten … entwendet"); breaking into a building or stealing a purse stays none.
Session 30, helper r2s30 (recall of COERCE, weak on blind): development parts type matches 2597 -> 2601,
predictions +5, tuple +2 (dev 57661, gnad2 451, gnad7 619, dev7 70935 right; gnad4 208, a plan to steal
tax data, not coded); uncoded news: no change. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Hacker sind in das Computernetz des Parlaments eingedrungen.",
    "Unbekannte Täter drangen in die Datenbank des Ministeriums ein.",
    "Die Angreifer hatten Zugangsdaten von tausenden Kunden erbeutet.",
    "Die Täter stahlen die Daten von Millionen Kunden der Bank.",
    "Nach Angaben der Polizei wurden Passwörter von 5000 Nutzern entwendet.",
])
def test_a_break_in_into_computers_or_a_theft_of_data_is_a_cyber_act(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert acts and acts[0]["mode"] == "cyber"


@pytest.mark.parametrize("text", [
    "Die Demonstranten drangen in das Parlamentsgebäude ein.",
    "Der Dieb stahl dem Rentner die Geldbörse.",
    "Unbekannte haben aus dem Museum ein Gemälde entwendet.",
])
def test_a_break_in_into_a_building_or_a_theft_of_things_is_none(analyse_text, text):
    assert not of_type(analyse_text(text), "COERCE")


def test_a_hacker_attack_noun_stays_a_cyber_act(analyse_text):
    acts = of_type(analyse_text("Der Hackerangriff auf den Bundestag wurde am Freitag bekannt."), "COERCE")
    assert acts and acts[0]["mode"] == "cyber"
