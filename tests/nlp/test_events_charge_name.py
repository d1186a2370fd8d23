"""The offence a charge names is a legal category, no act told: "ein Ermittlungsverfahren wegen Aufruhrs" was a
PROTEST riot, "am Tatvorwurf der Vergewaltigung" and "der Verdacht einer Vergewaltigung" ASSAULTs, "Ermittlungen
wegen Unterstützung terroristischer Aktivitäten" a SUPPORT (uncoded Wikinews and 10kGNAD). A noun with no article
after "wegen" beside a word of investigation, charge, arrest or trial, or after "der"/"des"/"einer"/"auf" of
"Tatvorwurf"/"Verdacht", gives no event; the charge itself stays, and so does an act with its own article ("wegen
des Anschlags auf die Kaserne angeklagt"). Twenty-sixth session, helper e1. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, offence", [
    ("Die Staatsanwaltschaft in Suva hat gegen den Armeechef ein Ermittlungsverfahren wegen Aufruhrs "
     "eingeleitet.", "PROTEST"),
    ("Gegen die Bürgermeisterin sind in Diyarbakir zugleich Ermittlungen wegen Unterstützung terroristischer "
     "Aktivitäten eingeleitet worden.", "SUPPORT"),
])
def test_the_offence_after_wegen_is_no_act(analyse_text, text, offence):
    evs = analyse_text(text)
    assert not of_type(evs, offence)
    assert of_type(evs, "DISAPPROVE")  # the investigation stays


def test_the_offence_of_a_suspicion_is_no_act(analyse_text):
    assert not of_type(analyse_text("Gegen den Armeechef besteht in Suva der Verdacht des Aufruhrs."), "PROTEST")


def test_an_act_with_its_own_article_stays(analyse_text):
    evs = analyse_text("Zwei Offiziere wurden in Belgrad wegen des Massakers von Vukovar angeklagt.")
    assert of_type(evs, "ASSAULT")


def test_a_cause_without_a_charge_stays(analyse_text):
    evs = analyse_text("Die Sitzung des Parlaments in Kiew wurde wegen Protesten vor dem Gebäude unterbrochen.")
    assert of_type(evs, "PROTEST")


@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft in Suva hat gegen den Armeechef ein Ermittlungsverfahren wegen Aufruhrs eingeleitet.",
    "Gegen den Armeechef besteht in Suva der Verdacht des Aufruhrs.",
])
def test_without_the_rule_the_offence_is_an_act(analyse_text, monkeypatch, text):
    monkeypatch.setattr(extract, "CHARGE_NAME_NO_ACT", False)
    assert of_type(analyse_text(text), "PROTEST")
