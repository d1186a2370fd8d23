"""Words of an act in a sense that names none or another act: "dicht gedrängt" (crowded) is no
demand, "zum Scheitern verurteilt" (doomed) no condemnation, "die Verhandlung" in a court report a
hearing, not talks (triggers.tsv without= and text=; seventeenth session, found on 10kGNAD
articles). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, kind", [
    ("Wien – Die Flüchtlinge wurden dicht gedrängt in einem Kastenwagen entdeckt.", "DEMAND"),
    ("Wien – Viele Betriebe sind zum Sterben verurteilt, sagt der Experte.", "DISAPPROVE"),
    ("Wien – Der Plan der Regierung ist zum Scheitern verurteilt.", "DISAPPROVE"),
])
def test_a_figurative_sense_is_no_event(analyse_text, text, kind):
    assert not of_type(analyse_text(text), kind)


@pytest.mark.parametrize("text, kind", [
    ("Wien – Die Opposition drängte die Regierung zum Rücktritt.", "DEMAND"),
    ("Wien – Die Regierung verurteilte den Anschlag scharf.", "DISAPPROVE"),
])
def test_the_literal_sense_stays_an_event(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)


_COURT = ("Innsbruck – Das Verfahren gegen einen Tiroler wurde am Landesgericht eröffnet. "
          "Der Richter muss noch entscheiden. ")


@pytest.mark.parametrize("text, kind, absent", [
    # in a report about a court case "die Verhandlung" is the hearing, a trial (DISAPPROVE allege)
    (_COURT + "Der Angeklagte erschien nicht zu der Verhandlung.", "DISAPPROVE", "CONSULT"),
    # elsewhere it stays talks
    ("Wien – Die Verhandlung zwischen Regierung und Gewerkschaft dauerte bis in die Nacht.", "CONSULT", "DISAPPROVE"),
])
def test_a_hearing_in_a_court_report_is_no_negotiation(analyse_text, text, kind, absent):
    events = analyse_text(text)
    assert any(e["trigger"]["text"] == "Verhandlung" for e in of_type(events, kind))
    assert not any(e["trigger"]["text"] == "Verhandlung" for e in of_type(events, absent))


@pytest.mark.parametrize("text, kind", [
    # the staffing of an office or a government is no occupation
    ("Innsbruck – Keine Änderungen werde es bei der SPÖ-Besetzung in der Stadtregierung geben.", "PROTEST"),
])
def test_the_staffing_of_an_office_is_no_occupation(analyse_text, text, kind):
    assert not of_type(analyse_text(text), kind)


def test_an_occupation_by_protesters_stays_a_protest(analyse_text):
    assert of_type(analyse_text("Wien – Die Besetzung des Hörsaals durch Studenten dauerte drei Tage."), "PROTEST")
