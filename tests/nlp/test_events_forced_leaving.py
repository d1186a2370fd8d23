"""People who "mussten ihre Heimat/das Dorf/das Lager verlassen" were driven out (COERCE deport, triggers.tsv):
the ones who leave are the target, the doer is left to the context (flag swap); a coach leaving a stadium,
tourists leaving a hotel and people leaving their villages before a flood (nohazard) are no act of a party.
Twenty-fourth session, from the missed COERCE events of dev and gnad3. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text", [
    "Die Bewohner des Dorfes mussten nach dem Einmarsch der Armee ihre Heimat verlassen.",
    "Tausende Menschen mussten das Lager an der Grenze verlassen.",
])
def test_having_to_leave_home_is_a_coercion_of_the_leavers(analyse_text, text):
    acts = [e for e in of_type(analyse_text(text), "COERCE") if e["trigger"]["text"] == "verlassen"]
    assert len(acts) == 1 and acts[0]["mode"] == "deport" and actor_codes(acts[0]["target"]) == ["CVL"]


@pytest.mark.parametrize("text", [
    "Nach dem Hochwasser mussten 300 Menschen ihre Dörfer verlassen.",
    "Der Trainer musste das Stadion vorzeitig verlassen.",
    "Die Touristen mussten das Hotel verlassen.",
])
def test_other_leaving_is_no_act(analyse_text, text):
    assert [e for e in analyse_text(text) if e["trigger"]["text"] == "verlassen"] == []
