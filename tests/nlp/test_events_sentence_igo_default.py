"""An act whose doer nobody names, in a clause that names one international organisation as a possible
doer, is that organisation's. The defaults (defaults.tsv "*": the country itself) gave such acts the
article's setting: "Die EU-Kommission will zudem eine neue schwarze Liste … ausarbeiten" in an Austrian
story was an Austrian sanction, "legt UNICEF einige Forderungen vor" a German demand, "dass die Union ihre
Kritik an Österreich … nicht aufrechterhalten könne" Austria's criticism. With no place or scene of its
own, the one organisation (code IGO…) the sentence names, named in the act's clause and not after a
preposition ("Verhandlungen mit der EU"), and not the act's target ("die Kritik an der Europäischen
Union"), is the doer (extract.SENTENCE_IGO_DEFAULT). Two organisations leave the old guess.
Session 30, helper a2s30 (sources of the wrong country). Development parts: 6 sources changed in 6
sentences of 6 articles, 4 right (dev 70653, dev7 34728, gnad3 54, gnad4 693; the other 2 wrong before
and after), pooled type 2595 unchanged, tuple 1766 → 1768; uncoded news: 1 source changed, right (an EU
commissioner's plea, AUTGOV → IGOEUREEC). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_VIENNA = "Wien – Der Finanzminister verteidigte am Montag das Budget. {s} Die Opposition kritisierte den Minister."


def _sources(evs, type_):
    return [codes(e["source"]) for e in of_type(evs, type_)]


@pytest.mark.parametrize("sentence, type_, code", [
    ("Die EU-Kommission will eine schwarze Liste von Steueroasen erstellen.", "SANCTION", "IGOEUREEC"),
    ("In ihrem Bericht legt die Weltbank mehrere Forderungen vor.", "DEMAND", "IGOUNOWBK"),
])
def test_the_clause_organisation_does_the_unattributed_act(analyse_text, sentence, type_, code):
    assert _sources(analyse_text(_VIENNA.format(s=sentence)), type_) == [[code]]


def test_an_organisation_after_a_preposition_is_no_doer(analyse_text):
    evs = analyse_text(_VIENNA.format(s="Es gebe Verhandlungen mit der EU über neue Regeln."))
    assert ["AUTGOV"] in _sources(evs, "CONSULT")


def test_the_organisation_criticised_is_no_critic(analyse_text):
    # (not "die Kritik … wächst": a mood measured is no act, extract.MOOD_LEVEL)
    evs = analyse_text(_VIENNA.format(s="An der Europäischen Union gab es scharfe Kritik."))
    assert [e for e in of_type(evs, "DISAPPROVE") if codes(e["target"]) == ["IGOEUREEC"]]
    assert ["IGOEUREEC"] not in _sources(evs, "DISAPPROVE")


def test_a_named_doer_stays(analyse_text):
    evs = analyse_text(_VIENNA.format(s="Die Nato und die EU wollen neue Sanktionen beschließen."))
    assert ["IGOEUREEC", "IGOWSTNAT"] in _sources(evs, "SANCTION")


def test_without_the_rule_the_setting_does_the_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SENTENCE_IGO_DEFAULT", False)
    evs = analyse_text(_VIENNA.format(s="Die EU-Kommission will eine schwarze Liste von Steueroasen erstellen."))
    assert _sources(evs, "SANCTION") == [["AUTGOV"]]
