"""Consent, an offer or an invitation with no counterpart and no party but a bare country is no
agreement between parties ("Dem Bündnis soll die Basis per Internetabstimmung zustimmen"); with a
counterpart it stays one. Thirteenth session; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_SETTING = "In Rom wurde am Montag über die neue Regierung beraten. "


@pytest.mark.parametrize("text", [
    _SETTING + "Dem neuen Bündnis soll noch die Parteibasis per Internetabstimmung zustimmen.",
    "Bei der Wahl in Kenia waren zum ersten Mal internationale Wahlbeobachter eingeladen.",
])
def test_a_lone_consent_is_no_agreement(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    _SETTING + "Italien hat dem Abkommen mit Frankreich zugestimmt.",
    _SETTING + "Die Regierung bot der Opposition Gespräche an.",
])
def test_a_consent_with_a_counterpart_stays(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE")


def test_without_the_rule_the_lone_consent_is_an_agreement(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LONE_CONSENT", False)
    monkeypatch.setattr(extract, "PRIVATE_OFFER", False)  # it drops the same consent (no political party)
    monkeypatch.setattr(extract, "DEFAULT_ONLY_MEETING", False)  # ... and so does this one (a default doer only)
    text = _SETTING + "Dem neuen Bündnis soll noch die Parteibasis per Internetabstimmung zustimmen."
    assert of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    "In der Altstadt von Köln treffen sich abends zunehmend alkoholisierte Gruppen.",
    "Auf dem Marktplatz in Köln trifft man sich am Wochenende nicht mehr.",
])
def test_a_meeting_verb_without_parties_is_no_consultation(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Merkel traf sich am Montag in Paris mit Macron.",
    "Die Außenminister Russlands und Chinas trafen sich in Peking.",
])
def test_a_meeting_of_parties_stays(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT")


def test_without_the_rule_the_lone_meeting_is_a_consultation(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LONE_MEETING", False)
    text = "In der Altstadt von Köln treffen sich abends zunehmend alkoholisierte Gruppen."
    assert of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Wien – Die Partei lud am Montag zu einem Pressegespräch in ein Hotel.",
    "Wien – Der Minister hat die Journalisten zu einer Pressekonferenz eingeladen.",
])
def test_an_invitation_to_the_press_is_no_agreement(analyse_text, text):
    # triggers.tsv: laden / einladen without=pressegespräch|pressekonferenz … (seventeenth session)
    assert not of_type(analyse_text(text), "AGREE")


def test_an_invitation_to_talks_stays_an_agreement(analyse_text):
    assert of_type(analyse_text("Wien – Die Regierung lud die Opposition zu Gesprächen ein."), "AGREE")
