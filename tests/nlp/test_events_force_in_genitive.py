"""A peacekeeping force named in the genitive of another noun ("ein Sprecher der UN-Friedenstruppe",
"Soldaten der Schutztruppe", "vor dem Abzug der Friedenstruppe") says whose spokesman, soldiers or
withdrawal is meant; it reports no deployment. The bare force nouns were AID there (and, carried by
a planning verb, AGREE): dev2 had two such readings, both wrong (extract.FORCE_IN_GENITIVE). A force
sent or present stays AID. Twenty-fifth session, helper e1. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Ein Sprecher der UN-Friedenstruppe sagte am Montag, die Lage in Goma sei ruhig.",
    "Der Kommandeur der internationalen Schutztruppe nannte die Lage in Bangui angespannt.",
])
def test_a_force_in_the_genitive_is_no_aid(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "AID") == [] and of_type(evs, "AGREE") == []


@pytest.mark.parametrize("text", [
    "Die Vereinten Nationen schicken eine Friedenstruppe in den Sudan.",
    "Die UN-Friedenstruppe im Kongo ist seit 1999 im Land.",
])
def test_a_force_sent_or_present_stays_aid(analyse_text, text):
    assert len(of_type(analyse_text(text), "AID")) == 1


def test_without_the_rule_the_spokesmans_force_is_aid(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FORCE_IN_GENITIVE", False)
    assert of_type(analyse_text("Ein Sprecher der UN-Friedenstruppe sagte am Montag, die Lage in Goma "
                                "sei ruhig."), "AID")
