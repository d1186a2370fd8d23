"""Investigations "wegen" a crime, complaints filed ("Anzeige gestellt"), death threats as
compounds, boarding a ship, and victims counted in a hyphenated compound ("einen Motorrad-Toten
gefordert"). Fifteenth session, from dev10's errors; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft ermittelt wegen des Verdachts der Untreue.",
    "Die Kriminalpolizei ermittelt nun wegen Brandstiftung.",
    "Seit Mittwoch ermittelt die Justiz wegen Mordverdachts.",
])
def test_an_investigation_for_a_crime_is_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Wegen der Dunkelheit konnten die Beamten den Täter nicht ermitteln.",
    "Wegen des Datenschutzes ließ sich die Anschrift des Halters nicht ermitteln.",
])
def test_finding_out_a_person_or_address_is_no_investigation(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_a_complaint_filed_is_an_allegation(analyse_text):
    acts = of_type(analyse_text("Gegen den Landrat wurde Anzeige wegen Beleidigung gestellt."), "DISAPPROVE")
    assert acts and acts[0]["mode"] == "allege"


@pytest.mark.parametrize("text", [
    "Die Abgeordnete erhielt Morddrohungen von Rechtsextremisten.",
    "Der Bürgermeister erhielt Todesdrohungen aus der Szene.",
])
def test_a_death_threat_is_a_threat(analyse_text, text):
    assert of_type(analyse_text(text), "THREATEN")


def test_a_bomb_threat_by_an_unknown_caller_is_no_political_threat(analyse_text):
    text = "Nach einer Bombendrohung räumte die Polizei am Dienstag das Rathaus."
    assert not of_type(analyse_text(text), "THREATEN")


@pytest.mark.parametrize("text", [
    "Die Küstenwache hat in der Nacht einen Frachter geentert.",
    "Marinesoldaten enterten das Schiff vor der Küste.",
])
def test_boarding_a_ship_is_coerce(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE")


@pytest.mark.parametrize("text", [
    "Das lange Wochenende hat einen Motorrad-Toten gefordert.",
    "Der Sturm hat drei Verkehrs-Tote gefordert.",
])
def test_victims_in_a_hyphenated_compound_are_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")
