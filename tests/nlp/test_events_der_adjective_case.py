"""After a clause-opening "der", the adjective's ending tells the case before the noun's gender
does: "Der Österreichische Alpenverein kritisierte die Regierung in Rom" was ITAGOV > the club (the
morphology tagger took "Alpenverein" for feminine, so the opening read as a fronted dative;
extract.WEAK_ADJECTIVE_NOMINATIVE), and "Der österreichischen Regierung warf die Opposition Versagen
vor" was AUTGOV > AUTOPP (the article opened the mention, so no check ran; extract.OBLIQUE_ADJECTIVE_EN).
Nineteenth session, found reading 10kGNAD output ("vom Deutschen Archäologischen Institut") and
probing. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _parties(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    return ([a.get("actor_code") or a.get("name") for a in acts[0]["source"]],
            [a.get("actor_code") or a.get("name") for a in acts[0]["target"]])


@pytest.mark.parametrize("text, source, target", [
    ("Der Österreichische Alpenverein kritisierte die Regierung in Rom.", ["Österreichische Alpenverein"], ["ITAGOV"]),
    ("Der Deutsche Gewerkschaftsbund kritisierte die Bundesregierung.", ["DEULAB"], ["DEUGOV"]),
])
def test_der_with_an_adjective_in_e_is_the_subject(analyse_text, text, source, target):
    assert _parties(analyse_text, text) == (source, target)


@pytest.mark.parametrize("text", [
    "Der österreichischen Regierung warf die Opposition Versagen vor.",
    "Der russischen Regierung warf die Opposition Versagen vor.",
])
def test_der_with_an_adjective_in_en_is_no_subject(analyse_text, text):
    source, _ = _parties(analyse_text, text)
    assert [c[3:] for c in source] == ["OPP"]


def test_without_the_nominative_rule_the_club_is_a_dative(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "WEAK_ADJECTIVE_NOMINATIVE", False)
    assert _parties(analyse_text, "Der Österreichische Alpenverein kritisierte die Regierung in Rom.")[0] == ["ITAGOV"]


def test_without_the_oblique_rule_the_dative_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "OBLIQUE_ADJECTIVE_EN", False)
    assert _parties(analyse_text, "Der österreichischen Regierung warf die Opposition Versagen vor.")[0] == ["AUTGOV"]
