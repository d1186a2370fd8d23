"""Defending oneself in words ("verteidigte sich gegen die Verbotspläne") rebuts what is said or planned
against one (REJECT) and supports no one; defending someone else stays SUPPORT (triggers.tsv).
Eighteenth session, found reading lagebild's output on 10kGNAD row 935 ("Al-Nour verteidigt sich gegen
die Verbotsbestrebungen" was the party's SUPPORT). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, source, target", [
    ("Kairo – Die ägyptische Regierungspartei verteidigte sich gegen die Verbotspläne der Opposition.",
     ["EGYPTY"], ["EGYOPP"]),
    ("Berlin – Die SPD verteidigte sich gegen die Vorhaben der Regierung.", ["DEUPTY"], ["DEUGOV"]),
])
def test_defending_oneself_is_a_rebuttal(analyse_text, text, source, target):
    evs = analyse_text(text)
    acts = of_type(evs, "REJECT")
    assert len(acts) == 1 and not of_type(evs, "SUPPORT")
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_defending_someone_else_is_support(analyse_text):
    acts = of_type(analyse_text("Berlin – Die Kanzlerin verteidigte die Reform des Ministers."), "SUPPORT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["DEUGOV"]
