"""Supplying arms or goods to a party ("beliefern … mit Waffen") is AID to it; a firm supplying
shops is no event (the obj= stems of triggers.tsv). Eighteenth session, issue 10. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, source, target", [
    ("Der Iran belieferte die Hisbollah mit Raketen.", ["IRN"], ["LBNREB"]),
    ("Russland beliefert die syrische Armee seit Jahren mit Munition.", ["RUS"], ["SYRMIL"]),
])
def test_supplying_arms_is_aid(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "AID")
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["source"]] == source
    assert [a.get("actor_code") for a in acts[0]["target"]] == target


def test_supplying_shops_is_no_event(analyse_text):
    assert analyse_text("Der Konzern beliefert Supermärkte in ganz Europa.") == []
