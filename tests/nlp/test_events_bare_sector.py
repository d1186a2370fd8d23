"""An offer between a firm, doctors, reporters or students of no country ("BUS", "HLH", "MED",
"EDU") is business, no AGREE: a bare sector code is three letters like a country's ("ISR"), and
PRIVATE_OFFER took it for a state (``BARE_SECTOR_NO_STATE``). A bare political sector ("die
Regierung" GOV) still makes an offer political, and a quarrel too (``DISPUTE_BARE_POLITICAL``:
PRIVATE_DISPUTE had left out every bare code). The violence rules keep the old reading (a bare
victim group, "der entführte Journalist", stays a party there).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_INSURER = "Eine Versicherung bietet den Ärzten einen Rabatt an."  # (no "Tarif": anbieten has no AGREE reading with tariffs at all)
_INTERVIEW = "Der Konzern bot den Journalisten ein Interview an."


@pytest.mark.parametrize("text", [_INSURER, _INTERVIEW])
def test_an_offer_between_firms_doctors_or_reporters_is_no_agreement(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    "Die Regierung bot den Ärzten neue Gespräche an.",
    "Israel hat den Palästinensern Gespräche angeboten.",
])
def test_an_offer_by_a_government_or_a_state_stays(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [_INSURER, _INTERVIEW])
def test_without_the_rule_a_bare_sector_is_taken_for_a_state(analyse_text, monkeypatch, text):
    monkeypatch.setattr(extract, "BARE_SECTOR_NO_STATE", False)
    assert of_type(analyse_text(text), "AGREE")


# a quarrel of a bare political sector (PRIVATE_DISPUTE left out every three-letter code of no country)
_BUDGET = "Die Regierung stritt sich mit der Opposition über den Haushalt."


@pytest.mark.parametrize("text", [
    _BUDGET,
    "Die Regierung streitet mit den Ärzten über die Honorare.",
])
def test_a_governments_quarrel_is_a_disapproval(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Zivilisten streiten mit Reportern über die Fotos.",
    "Jugendliche gerieten in einen Streit.",
])
def test_a_quarrel_of_bare_social_sectors_stays_private(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_a_governments_quarrel_is_private(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DISPUTE_BARE_POLITICAL", False)
    assert not of_type(analyse_text(_BUDGET), "DISAPPROVE")
