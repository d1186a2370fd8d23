"""An unnamed police or court acts in the country its own clause names after "in"/"im". A country
after "in" counts as a sentence's place only in the phrase that opens it (agents.COUNTRY_PLACE: "die
Invasion in Kuwait" is not Kuwait's), so "weil in Frankreich 160 Personen zu Hausarrest vergattert
wurden" in an Austrian story gave the arrests to the Austrian police, and "gegen das in Spanien ein
Verfahren läuft" in a German one to a German court. Police and courts act only at home
(extract._HOME_AGENTS): the places named after "in"/"im" in the trigger's clause, when they are of one
phrase ("in Italien und den Niederlanden": both countries' police), give the country
(extract.CLAUSE_COUNTRY_HOME_AGENT). "in den Jemen" is where someone goes, and places in two phrases
of different countries leave the old guess.
Session 30, helper a2s30 (sources of the wrong country). Uncoded news: 2 changed events in 1 article,
2 right ("Festnahmen … in Italien und den Niederlanden" BELCOP → ITACOP+NLDCOP, "Razzien und Festnahmen
in Belgien und Deutschland" BELCOP → BELCOP+DEUCOP); development parts (gnad2 287, dev10 64906): 2
sources right more, pooled type 2595 and tuple 1766 unchanged. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_VIENNA = "Wien – Der Innenminister will das Polizeigesetz verschärfen. {s} Die Opposition lehnt den Plan ab."


def _sources(evs, type_):
    return [codes(e["source"]) for e in of_type(evs, type_)]


@pytest.mark.parametrize("sentence, type_, code", [
    ("Er begründete das damit, dass in Frankreich zuletzt 90 Personen zu Hausarrest verpflichtet wurden.",
     "COERCE", "FRACOP"),
    ("Er verweist darauf, dass in Spanien gegen den Konzern ein Verfahren läuft.", "DISAPPROVE", "ESPJUD"),
])
def test_the_clause_country_gives_police_and_courts(analyse_text, sentence, type_, code):
    assert [code] in _sources(analyse_text(_VIENNA.format(s=sentence)), type_)


def test_coordinated_countries_give_both_polices(analyse_text):
    text = _VIENNA.format(s="Er sagte, in Polen und den Niederlanden habe es Festnahmen gegeben.")
    assert ["NLDCOP", "POLCOP"] in _sources(analyse_text(text), "COERCE")


def test_a_verb_placed_in_a_country_still_gives_its_police(analyse_text):
    text = _VIENNA.format(s="Er erinnerte daran, dass in der Türkei zuletzt viele Journalisten verhaftet wurden.")
    assert ["TURCOP"] in _sources(analyse_text(text), "COERCE")


def test_a_destination_is_no_place_of_the_act(analyse_text):
    text = _VIENNA.format(s="Er wurde wegen einer geplanten Reise in den Jemen am Flughafen festgenommen.")
    assert ["AUTCOP"] in _sources(analyse_text(text), "COERCE")


def test_a_clause_without_a_country_keeps_the_setting(analyse_text):
    text = _VIENNA.format(s="Er sagte, dass zuletzt 90 Verdächtige festgenommen wurden.")
    assert ["AUTCOP"] in _sources(analyse_text(text), "COERCE")


def test_without_the_rule_the_setting_gives_the_police(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CLAUSE_COUNTRY_HOME_AGENT", False)
    text = _VIENNA.format(s="Er begründete das damit, dass in Frankreich zuletzt 90 Personen zu Hausarrest "
                            "verpflichtet wurden.")
    assert ["AUTCOP"] in _sources(analyse_text(text), "COERCE")
