"""How wire copy writes sending forces, sending helpers and a warning of consequences (twenty-first
session, F7, the types weakest on the blind part: MOBILIZE, AID, THREATEN). A warship or bomber sent
somewhere is a show of force, not a delivery ("flugzeug" in "Flugzeugträger" had made it AID);
doctors and rescuers sent abroad are aid, not a delegation (CONSULT); "die Entsendung weiterer
Soldaten" names the deployment as a noun; "warnte X vor Konsequenzen" announces the speaker's own
response: a threat, not criticism. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def _types(evs):
    return sorted(e["type"] for e in evs)


@pytest.mark.parametrize("text", [
    "Die USA schicken einen Flugzeugträger in den Persischen Golf.",
    "Moskau schickte zwei Fregatten ins Schwarze Meer.",
    "Peking schickte Bomber in die Nähe der Inselgruppe.",
])
def test_sending_warships_or_bombers_is_mobilising(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "MOBILIZE") and not of_type(evs, "AID")


@pytest.mark.parametrize("text", [
    "Kanada entsandte ein Ärzteteam in das Erdbebengebiet.",
    "Die Regierung schickte 200 Helfer in das Katastrophengebiet.",
    "Die Schweiz entsendet Rettungsteams nach Nepal.",
])
def test_sending_doctors_or_rescuers_is_aid(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "AID") and not of_type(evs, "CONSULT")


def test_sending_an_envoy_stays_a_consultation(analyse_text):
    assert of_type(analyse_text("Die Regierung entsandte einen Sondergesandten nach Kairo."), "CONSULT")


@pytest.mark.parametrize("text", [
    "Die Regierung kündigte die Entsendung weiterer Soldaten an.",
    "Die Allianz beschloss die Entsendung von 2000 Soldaten an die Ostgrenze.",
])
def test_the_noun_of_sending_troops_is_mobilising(analyse_text, text):
    assert of_type(analyse_text(text), "MOBILIZE")


def test_the_noun_of_sending_alone_is_no_act(analyse_text):
    assert not _types(analyse_text("Die Entsendung des Pakets dauerte drei Tage."))


@pytest.mark.parametrize("text, source, target", [
    ("Washington warnte Teheran vor Konsequenzen.", "USA", "IRN"),
    ("Der russische Präsident warnte die Ukraine vor Vergeltungsmaßnahmen.", "RUS", "UKR"),
])
def test_a_warning_of_consequences_is_a_threat(analyse_text, text, source, target):
    evs = analyse_text(text)
    acts = of_type(evs, "THREATEN")
    assert len(acts) == 1 and not of_type(evs, "DISAPPROVE")
    assert acts[0]["source"][0]["actor_code"].startswith(source)
    assert acts[0]["target"][0]["actor_code"].startswith(target)


@pytest.mark.parametrize("text", [
    "Washington warnte Teheran vor einer weiteren Eskalation.",
    "Experten warnen vor den Konsequenzen des Klimawandels.",
])
def test_other_warnings_are_no_threat(analyse_text, text):
    assert not of_type(analyse_text(text), "THREATEN")
