"""Country adjectives joined before one agent noun share it: "britische und russische Soldaten"
are GBRMIL and RUSMIL (the first adjective stayed the bare country GBR). Seen by the first
Wikinews reading round ("britische und russische Hilfsgüter"); every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Britische und russische Soldaten griffen die Stadt an.", "ASSAULT", ["GBRMIL", "RUSMIL"]),
    ("Amerikanische, britische und französische Truppen griffen die Stadt an.", "ASSAULT",
     ["FRAMIL", "GBRMIL", "USAMIL"]),
    ("Französische und deutsche Diplomaten kritisierten die Regierung in Minsk.", "DISAPPROVE",
     ["DEUGOV", "FRAGOV"]),
])
def test_coordinated_adjectives_share_the_agent(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


def test_without_the_rule_the_first_adjective_is_a_bare_country(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "COORDINATED_ADJECTIVES", False)
    acts = of_type(analyse_text("Britische und russische Soldaten griffen die Stadt an."), "ASSAULT")
    assert acts and "GBR" in actor_codes(acts[0]["source"])
