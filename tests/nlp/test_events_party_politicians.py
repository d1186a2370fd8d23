"""A politician named with the party before the role noun ("der SPD-Politiker …", "die
Linken-Politikerin …") acts for the party. Twelfth session; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text", [
    "Der SPD-Politiker Frank Richter kritisierte die Regierung.",
    "Die Linken-Politikerin Anna Berger kritisierte die Regierung.",
    "Der CSU-Funktionär Max Huber kritisierte die Regierung.",
])
def test_a_party_politician_acts_for_the_party(analyse_text, text):
    evs = of_type(analyse_text(text), "DISAPPROVE")
    assert evs and actor_codes(evs[0]["source"]) == ["DEUPTY"]
