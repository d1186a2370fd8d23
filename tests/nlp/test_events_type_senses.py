"""A word whose PLOVER type its context decides: backing given from the air or to hospitals is
material AID, backing in words SUPPORT; forbidding exports is an embargo (SANCTION), forbidding
other things a restriction (COERCE); "sich für X aussprechen" asks for X (DEMAND) when X is an
act someone must carry out, and backs X (SUPPORT) when X is a party. Nineteenth session, helper F6;
found in the type confusions of the development parts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _types(evs, trigger):
    return [e["type"] for e in evs if e["trigger"]["text"] == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("Die Türkei unterstützt die Rebellen im Norden aus der Luft.", "unterstützt"),
    ("Die Hilfsorganisation unterstützt in Syrien zwölf Krankenhäuser.", "unterstützt"),
    ("Die Luftwaffe flog zur Unterstützung der Armee neue Angriffe auf die Rebellen.", "Unterstützung"),
])
def test_material_backing_is_aid(analyse_text, text, trigger):
    assert _types(analyse_text(text), trigger) == ["AID"]


@pytest.mark.parametrize("text, trigger", [
    ("Frankreich unterstützt die Rebellen im Norden.", "unterstützt"),
    ("Die Opposition sicherte der Regierung ihre Unterstützung bei der Reform zu.", "Unterstützung"),
])
def test_backing_in_words_stays_support(analyse_text, text, trigger):
    assert "AID" not in _types(analyse_text(text), trigger)


@pytest.mark.parametrize("text", [
    "Die Türkei untersagte dem Konzern den Export von Panzern nach Syrien.",
    "Der Wirtschaftsminister hat die Ausfuhr der Maschinen nach Russland untersagt.",
])
def test_forbidding_trade_is_a_sanction(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "SANCTION") and not of_type(evs, "COERCE")


def test_forbidding_other_things_stays_a_restriction(analyse_text):
    evs = analyse_text("Das Gericht untersagte der Zeitung die Veröffentlichung der Fotos.")
    assert of_type(evs, "COERCE") and not of_type(evs, "SANCTION")


@pytest.mark.parametrize("text, trigger", [
    ("Der Minister sprach sich für die Freilassung der Gefangenen aus.", "sprach"),
    ("Der Außenminister hat sich für die Aufhebung der Sanktionen gegen Kuba ausgesprochen.", "ausgesprochen"),
    ("Die Kanzlerin sprach sich für einen Kompromiss im Streit um die Rente aus.", "sprach"),
])
def test_speaking_out_for_an_act_demands_it(analyse_text, text, trigger):
    assert _types(analyse_text(text), trigger) == ["DEMAND"]


@pytest.mark.parametrize("text, trigger", [
    ("Der Gouverneur hat sich für Obama ausgesprochen.", "ausgesprochen"),
    ("Die Regierung sprach sich für das Angebot der Rebellen aus.", "sprach"),
])
def test_speaking_out_for_a_party_or_offer_supports_it(analyse_text, text, trigger):
    assert _types(analyse_text(text), trigger) == ["SUPPORT"]


def test_without_the_rule_speaking_out_for_an_act_is_support(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STANCE_FOR_ACT", False)
    evs = analyse_text("Der Minister sprach sich für die Freilassung der Gefangenen aus.")
    assert _types(evs, "sprach") == ["SUPPORT"]


def test_an_entry_ban_is_a_sanction(analyse_text):
    evs = analyse_text("Wegen der Einreiseverbote Russlands gegen EU-Politiker bestellte Prag den Botschafter ein.")
    assert _types(evs, "Einreiseverbote") == ["SANCTION"]


@pytest.mark.parametrize("text, trigger, kind", [
    ("Die Partei verzichtet auf staatliche Gelder für den Wahlkampf.", "verzichtet", "REJECT"),
    ("Die Regierung verzichtete auf die Hilfe der Nachbarländer.", "verzichtete", "REJECT"),
    ("Die Rebellen verzichten künftig auf Gewalt.", "verzichten", "CONCEDE"),
])
def test_forgoing_money_rejects_it_forgoing_force_concedes(analyse_text, text, trigger, kind):
    assert _types(analyse_text(text), trigger) == [kind]


@pytest.mark.parametrize("text", [
    "Der Internationale Gerichtshof hat entschieden, dass Italien Deutschland nicht belangen darf.",
    "Das Oberste Gericht des Landes entschied gegen die Regierung.",
])
def test_a_courts_ruling_is_a_sanction(analyse_text, text):
    assert of_type(analyse_text(text), "SANCTION")


@pytest.mark.parametrize("text", [
    "Die Regierung entschied am Montag über den Haushalt.",
    "Der Schiedsrichter entschied in der Nachspielzeit auf Elfmeter.",
])
def test_other_decisions_are_no_sanction(analyse_text, text):
    assert not of_type(analyse_text(text), "SANCTION")


@pytest.mark.parametrize("text, trigger", [
    ("Die Parteien haben ihre Verhandlungen über die Koalition abgeschlossen.", "abgeschlossen"),
    ("Die Vermittler drängten beide Seiten, die Friedensgespräche bis Freitag abzuschließen.", "abzuschließen"),
])
def test_concluding_talks_is_an_agreement(analyse_text, text, trigger):
    assert _types(analyse_text(text), trigger) == ["AGREE"]


def test_concluding_a_visit_is_no_agreement(analyse_text):
    evs = analyse_text("Der Minister hat seinen Besuch in Paris abgeschlossen.")
    assert "AGREE" not in _types(evs, "abgeschlossen")


@pytest.mark.parametrize("text, trigger, kind", [
    ("Russland und die Ukraine handelten einen Kompromiss aus.", "handelten", "AGREE"),
    ("Russland und die Ukraine handelten die Bedingungen aus.", "handelten", "CONSULT"),
])
def test_negotiating_out_a_deal_agrees(analyse_text, text, trigger, kind):
    assert _types(analyse_text(text), trigger) == [kind]
