"""A visit is one between parties: when every doer named is private people (civilians, refugees,
tourists), "reisten nach …" is travel, no CONSULT. A politician's journey stays a visit, and so does
the host's reception. Twenty-first session, a class the first precision helper saw on 10kGNAD
articles ("Tausende Flüchtlinge reisten nach Deutschland"). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract, mentions


@pytest.mark.parametrize("text", [
    "Am Wochenende reisten Tausende Flüchtlinge nach Österreich.",
    "Im Sommer reisten Hunderte Touristen nach Kuba.",
    "Viele Syrer reisen über die Türkei nach Griechenland.",
])
def test_private_travel_is_no_visit(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT") == []


@pytest.mark.parametrize("text", [
    "Die Bundeskanzlerin reiste am Montag nach China.",
    "Der französische Außenminister reiste am Dienstag nach Moskau.",
])
def test_a_politicians_journey_is_a_visit(analyse_text, text):
    assert len(of_type(analyse_text(text), "CONSULT")) == 1


def test_without_the_rule_private_travel_is_a_visit(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PRIVATE_TRAVEL", False)
    monkeypatch.setattr(extract, "TRAVEL_NEEDS_TRAVELLER", False)  # (which also finds no political traveller)
    assert of_type(analyse_text("Am Wochenende reisten Tausende Flüchtlinge nach Österreich."), "CONSULT")


# PEOPLES_NOUN_TRAVEL: a people's noun the recogniser tags as a name (both weights tag "Afghanen" and
# "Iraker" MISC, which the KB links to the state) is still private people. Sentences written for
# these tests
@pytest.mark.parametrize("text", [
    "Viele Afghanen reisten nach Deutschland.",
    "Hunderte Iraker reisten am Wochenende nach Jordanien.",
])
def test_a_tagged_peoples_noun_is_private_travel(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT") == []


def test_without_the_rule_a_tagged_peoples_noun_is_a_state_visit(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PEOPLES_NOUN_TRAVEL", False)
    monkeypatch.setattr(extract, "TRAVEL_NEEDS_TRAVELLER", False)  # (which also finds no political traveller)
    monkeypatch.setattr(mentions, "TAGGED_PEOPLES_NOUN", False)  # (which codes the tagged noun AFGCVL already)
    assert of_type(analyse_text("Viele Afghanen reisten nach Deutschland."), "CONSULT")
