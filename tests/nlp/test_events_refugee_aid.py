"""Aid whose receivers the text leaves to the defaults (defaults.tsv: the civilians of the place or
the article's setting) goes to people of unknown country when its clause names refugees or
migrants (function_words.tsv ``refugee_noun``, also the nouns agents.tsv does not know:
"Asylwerber", "Migranten", "Asylsuchende"): "Österreich hat 90.000 Asylwerber aufgenommen" was
AID AUT > AUTCVL, the coders write ---CVL, as REFUGEES_FROM_ELSEWHERE already did for refugees the
extractor reads as participants. Aid to no refugees keeps the place's civilians. Twenty-seventh
session, helper e4. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


def _aid_target(events):
    acts = of_type(events, "AID")
    assert acts, events
    return acts[0]["target"]


@pytest.mark.parametrize("text", [
    "Österreich hat im vergangenen Jahr 85.000 Asylwerber aufgenommen.",
    "Die Stadtverwaltung in Graz versorgt die Asylsuchenden mit Decken.",
    "Deutschland hat im Herbst 40.000 Flüchtlinge aufgenommen.",
])
def test_aid_to_refugees_goes_to_people_of_unknown_country(analyse_text, text):
    target = _aid_target(analyse_text(text))
    assert codes(target) == ["CVL"] and all(a.get("country") is None for a in target)


def test_aid_to_no_refugees_keeps_the_civilians_of_the_place(analyse_text):
    target = _aid_target(analyse_text("Helfer verteilten in Graz Lebensmittel und Decken."))
    assert codes(target) == ["AUTCVL"]


def test_without_the_rule_the_refugees_are_the_settings_civilians(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REFUGEE_AID_UNKNOWN", False)
    target = _aid_target(analyse_text("Österreich hat im vergangenen Jahr 85.000 Asylwerber aufgenommen."))
    assert codes(target) == ["AUTCVL"]
