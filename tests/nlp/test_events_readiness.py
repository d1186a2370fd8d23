"""Readiness and consent as a predicative adjective: "Die Grünen sind verhandlungsbereit", "zeigte
sich gesprächsbereit", "sind sich über die Grenze einig", "war zu Gesprächen bereit" are acts
(AGREE: a promise of talks, an agreement) that no verb or noun of the lexicon named, and "war nicht
bereit, … freizulassen" refuses (REJECT). The adjective counts only after a copula ("bereit" in
"stellte … bereit" is a verb's particle), "bereit" only with something to be ready for (a
"zu"-phrase or an infinitive), "einig" not before a dass-clause of opinion. Nineteenth session,
found in the missed AGREE of the Austrian 10kGNAD parts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source", [
    ("Wien – Die Neos sind in der Schulfrage verhandlungsbereit.", ["AUTPTY"]),
    ("Wien – Die Neos zeigten sich am Dienstag gesprächsbereit.", ["AUTPTY"]),
    ("Moskau – Russland ist zum Dialog bereit.", ["RUS"]),
])
def test_readiness_after_a_copula_is_a_promise(analyse_text, text, source):
    acts = of_type(analyse_text(text), "AGREE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source
    assert acts[0]["modality"] == "future"


def test_readiness_for_talks_is_no_meeting(analyse_text):
    evs = analyse_text("Wien – Die Grünen sind zu Verhandlungen mit der Regierung bereit.")
    assert not of_type(evs, "CONSULT")
    acts = of_type(evs, "AGREE")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["AUTPTY"]


def test_ready_to_carry_a_plan_is_a_promise(analyse_text):
    acts = of_type(analyse_text("Wien – Die Grünen erklärten sich bereit, die Reform mitzutragen."), "AGREE")
    assert len(acts) == 1 and acts[0]["trigger"]["text"] == "bereit"


def test_ready_to_do_a_named_act_keeps_that_act(analyse_text):
    evs = analyse_text("Kiew – Die Regierung erklärte sich bereit, mit den Separatisten zu verhandeln.")
    acts = of_type(evs, "AGREE")
    assert len(acts) == 1 and acts[0]["trigger"]["text"] == "verhandeln"


def test_being_at_one_is_an_agreement(analyse_text):
    acts = of_type(analyse_text("Athen – Griechenland und die Türkei sind sich über die Seegrenze einig."), "AGREE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["GRC", "TUR"]


def test_not_ready_refuses_and_negates_the_act(analyse_text):
    evs = analyse_text("Minsk – Die Regierung war nicht bereit, die Oppositionellen freizulassen.")
    refusals = of_type(evs, "REJECT")
    assert len(refusals) == 1 and refusals[0]["modality"] == "asserted"
    assert all(e["negated"] for e in evs if e["type"] in ("CONCEDE", "RETREAT"))


@pytest.mark.parametrize("text", [
    "Berlin – Die Feuerwehr ist für den Winter bereit.",
    "Berlin – Die Experten sind sich einig, dass der Sommer heiß wird.",
    "Berlin – Man war sich einig gewesen, dass die Sitzung zu lang war.",
    "Berlin – Die verhandlungsbereiten Gewerkschaften warten.",
])
def test_no_promise_without_an_act_to_promise(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


def test_a_separable_particle_is_no_readiness(analyse_text):
    evs = analyse_text("Berlin – Der Bundestag stellte am Freitag zusätzliche Mittel für die Bundeswehr bereit.")
    assert of_type(evs, "AID") and not of_type(evs, "AGREE")


def test_without_the_rule_the_adjective_names_no_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PREDICATIVE_ADJECTIVES", False)
    assert not of_type(analyse_text("Wien – Die Neos sind in der Schulfrage verhandlungsbereit."), "AGREE")


def test_without_the_particle_rule_the_particle_cues_a_plan(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PARTICLE_NO_CUE", False)
    evs = analyse_text("Berlin – Der Bundestag stellte am Freitag zusätzliche Mittel für die Bundeswehr bereit.")
    assert not of_type(evs, "AID")
