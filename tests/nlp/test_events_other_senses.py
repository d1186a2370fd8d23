"""Senses of trigger words that are no political act: warnings of a natural hazard and the dead a
hazard "fordert" when no party is named as the doer (triggers.tsv flag nohazard; a named party's
warning or demand stays), "Druck" on markets, cancelled flights or concerts (only meetings and
visits "abgesagt" are a rejection), a lawyer defending a client in court. Fifteenth session; every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, kind", [
    ("Die Anwohner wurden vor weiteren Erdrutschen gewarnt.", "DISAPPROVE"),
    ("Die Meteorologen warnten davor, der Wirbelsturm könnte schwere Schäden anrichten.", "DISAPPROVE"),
    ("Mehr als 400 Menschenleben, nach anderen Angaben 700 Opfer, forderte das Erdbeben im Norden.", "DEMAND"),
])
def test_a_hazard_with_no_party_as_doer_is_no_act(analyse_text, text, kind):
    assert not of_type(analyse_text(text), kind)


@pytest.mark.parametrize("text, kind", [
    ("Die Opposition forderte nach dem Hochwasser mehr Hilfe für die Bauern.", "DEMAND"),
    ("Nach dem Erdrutsch warnte die Opposition die Regierung vor weiteren Kürzungen.", "DISAPPROVE"),
])
def test_a_named_partys_act_in_a_hazard_sentence_stays(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)


@pytest.mark.parametrize("text", [
    "Die schwachen Konjunkturdaten führten zu wachsendem Druck auf die Aktienmärkte.",
    "Der Streit um den Haushalt erhöhte den Druck auf die Anleihen des Landes.",
])
def test_pressure_on_markets_is_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


def test_pressure_on_a_government_is_a_demand(analyse_text):
    assert of_type(analyse_text("Die Gewerkschaften erhöhten den Druck auf die Regierung."), "DEMAND")


@pytest.mark.parametrize("text", [
    "Wegen des Schneesturms mussten in Chicago hunderte Flüge abgesagt werden.",
    "Das Konzert in Leipzig wurde vom Veranstalter abgesagt.",
])
def test_cancelling_flights_or_concerts_is_no_rejection(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


def test_cancelling_a_state_visit_is_a_rejection(analyse_text):
    text = "Der französische Präsident sagte seinen Besuch in Moskau kurzfristig ab."
    assert of_type(analyse_text(text), "REJECT")


def test_a_lawyer_defending_a_client_in_court_is_no_support(analyse_text):
    text = "Die Anwältin Maria Kern hatte den Journalisten vor Gericht verteidigt."
    assert not of_type(analyse_text(text), "SUPPORT")


def test_defending_a_governments_course_is_support(analyse_text):
    assert of_type(analyse_text("Der Fraktionschef verteidigte den Kurs der Regierung."), "SUPPORT")
