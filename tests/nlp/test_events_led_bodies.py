"""A leader compound names the body its first part leads ("Polizeipräsident" COP,
"Parlamentspräsidentin" LEG, "Bankpräsident", "Verwaltungsratspräsident" BUS): the agent head
"präsident" had made every one the government ("Verwaltungsratspräsident Marcel Ospel erklärte
seinen Rücktritt" was CHEGOV). Found reading lagebild's output on uncoded Wikinews article 49378.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Der Polizeipräsident verbot die Kundgebung der Gewerkschaft.", "COERCE", ["COP"]),
    ("Die Parlamentspräsidentin kritisierte die Regierung scharf.", "DISAPPROVE", ["LEG"]),
    ("Der Gewerkschaftspräsident drohte der Regierung mit einem Generalstreik.", "THREATEN", ["LAB"]),
    ("Nach dem Rücktritt des Bankpräsidenten stiegen die Kurse.", "RETREAT", ["BUS"]),
    ("Verwaltungsratspräsident Peter Wüthrich erklärte am Montag seinen Rücktritt.", "RETREAT", ["BUS"]),
])
def test_the_leader_acts_for_the_body_he_leads(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text, kind, source", [
    ("Der Staatspräsident kritisierte die Opposition.", "DISAPPROVE", ["GOV"]),
    ("Der Regierungspräsident kritisierte die Opposition.", "DISAPPROVE", ["GOV"]),
])
def test_a_state_leader_stays_the_government(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


def test_without_the_rule_every_president_is_the_government(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "LED_BODY", False)
    acts = of_type(analyse_text("Die Parlamentspräsidentin kritisierte die Regierung scharf."), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["GOV"]
