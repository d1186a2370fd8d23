"""What a speaker advocates decides the act: "plädiert für mehr Flexibilität", "sprach sich dafür aus, die
Kontrollen zu verstärken" ask for a policy (DEMAND); "sprach sich für Van der Bellen aus" or "für den
Vorschlag der Kommission" back an actor or someone's plan (SUPPORT); "sprach sich dagegen aus, … zu …"
refuses (REJECT). Twenty-first session, helper F4; found in gnad1/gnad2/gnad4 (Faymann, Mitterlehner,
Aiginger) and dev3/dev7. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Grünen plädieren für eine Senkung der Mieten.",
    "Der Wirtschaftsminister plädierte für mehr Flexibilität bei den Arbeitszeiten.",
])
def test_advocating_a_policy_is_a_demand(analyse_text, text):
    events = analyse_text(text)
    assert len(of_type(events, "DEMAND")) == 1
    assert not of_type(events, "SUPPORT")


@pytest.mark.parametrize("text", [
    "Die Kanzlerin sprach sich dafür aus, die Grenzkontrollen zu verstärken.",
    "Die Gewerkschaft sprach sich dafür aus, dass die Regierung die Pensionen erhöht.",
])
def test_dafuer_with_the_act_in_a_clause_is_a_demand(analyse_text, text):
    assert len(of_type(analyse_text(text), "DEMAND")) == 1


def test_dagegen_with_the_act_in_a_zu_infinitive_is_a_refusal(analyse_text):
    assert len(of_type(analyse_text("Der Innenminister sprach sich dagegen aus, die Grenze abzuriegeln."),
                       "REJECT")) == 1


@pytest.mark.parametrize("text", [
    "Der Bundeskanzler sprach sich für Alexander Van der Bellen aus.",
    "Die Ministerin sprach sich für den Vorschlag der Kommission aus.",
])
def test_backing_an_actor_or_a_proposal_stays_support(analyse_text, text):
    events = analyse_text(text)
    assert len(of_type(events, "SUPPORT")) == 1
    assert not of_type(events, "DEMAND")


def test_a_plea_of_innocence_is_no_demand(analyse_text):
    assert not of_type(analyse_text("Der Angeklagte plädierte dafür, dass er unschuldig sei."), "DEMAND")


def test_dafuer_alone_asks_for_nothing(analyse_text):
    assert not of_type(analyse_text("Der Bürgermeister sprach sich dafür aus."), "DEMAND")


def test_without_the_rule_a_policy_is_backed_and_dafuer_matches_nothing(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STANCE_FOR_POLICY", False)
    events = analyse_text("Der Wirtschaftsminister plädierte für mehr Flexibilität bei den Arbeitszeiten.")
    assert of_type(events, "SUPPORT") and not of_type(events, "DEMAND")
    assert not of_type(analyse_text("Die Kanzlerin sprach sich dafür aus, die Grenzkontrollen zu verstärken."),
                       "DEMAND")
