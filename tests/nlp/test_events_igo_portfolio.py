"""A person introduced by an organisation's role with a portfolio between the organisation and the role
("EU-Migrationskommissar X", "EU-Justizkommissarin Y") acts for the organisation (IGOEUREEC), as one
introduced as "EU-Kommissar" does; the KB split the role off with the prefix "EU-Migrations", which
named nothing. Twenty-second session, F5; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind", [
    ("Wien – EU-Justizkommissarin Anna Beispiel kritisierte Polen.", "DISAPPROVE"),
    ("Wien – EU-Migrationskommissar Paul Probe forderte mehr Solidarität von Ungarn.", "DEMAND"),
    ("Wien – Der deutsche EU-Energiekommissar Karl Muster kritisierte Russland.", "DISAPPROVE"),
])
def test_a_commissioner_with_a_portfolio_acts_for_the_eu(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["IGOEUREEC"]


def test_a_national_minister_keeps_his_country(analyse_text):
    acts = of_type(analyse_text("Wien – US-Verteidigungsminister Paul Probe kritisierte Russland."), "DISAPPROVE")
    assert len(acts) == 1 and [c[:3] for c in actor_codes(acts[0]["source"])] == ["USA"]


def test_without_the_rule_the_commissioner_is_no_eu_actor(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "IGO_ROLE_PORTFOLIO", False)
    acts = of_type(analyse_text("Wien – EU-Justizkommissarin Anna Beispiel kritisierte Polen."), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) != ["IGOEUREEC"]
