"""Whoever receives an act ("erhielt Forderungen", "bekam Unterstützung", "hatte eine Strafe
erhalten") is its target, the genitive or "von" phrase its doer. Thirteenth session; every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_, source, target", [
    ("Die Regierung erhielt am Montag Forderungen der Rebellen.", "DEMAND", "REB", "GOV"),
    ("Die Opposition bekam viel Unterstützung von der Regierung.", "SUPPORT", "GOV", "OPP"),
    ("Die Hilfsorganisation hatte keine Forderungen der Entführer erhalten.", "DEMAND", "REB", "NGO"),
])
def test_the_receiver_is_the_target(analyse_text, text, type_, source, target):
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["source"]) == [source] and actor_codes(evs[0]["target"]) == [target]


def test_without_the_rule_the_receiver_is_no_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RECEIVED_ACTS", False)
    evs = of_type(analyse_text("Die Regierung erhielt am Montag Forderungen der Rebellen."), "DEMAND")
    assert evs and actor_codes(evs[0]["target"]) != ["GOV"]
