"""An organisation the knowledge base lacks whose name ends in a generic agent's word
("Verfassungsgerichtshof", "Landespolizei") is that agent with the setting's country
(``ORG_AGENT_HEAD``); the Austrian party Neos is a party, also where the recogniser misses it
(actors.tsv). Eighteenth session, issue 10. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import mentions


def _codes(side):
    return [a.get("actor_code") for a in side]


@pytest.mark.parametrize("text, kind, source", [
    ("Wien – Der Verfassungsgerichtshof hob das Gesetz auf.", "CONCEDE", ["AUTJUD"]),
    ("Wien – Die Neos sprachen sich gegen eine Obergrenze aus.", "REJECT", ["AUTPTY"]),
])
def test_unknown_bodies_act_as_their_kind(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert _codes(acts[0]["source"]) == source


def test_without_the_rule_the_court_is_unresolved(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "ORG_AGENT_HEAD", False)
    acts = of_type(analyse_text("Wien – Der Verfassungsgerichtshof hob das Gesetz auf."), "CONCEDE")
    assert _codes(acts[0]["source"]) != ["AUTJUD"]
