"""An investigation or a charge in the passive with nobody named ("Gegen Fazio wird wegen
Insiderhandels ermittelt", "Ihm wird vorgeworfen, …") is the prosecutors' (JUD of the context's
country), as the coding guide's example "Dem früheren Minister wird Bestechlichkeit vorgeworfen =>
DISAPPROVE JUD>GOV" says; the defaults had made the state the doer and then, the target being
its government, its civilians (ITACVL). Found on uncoded Wikinews article 17885; data lines in
defaults.tsv. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

TEXT = ("Der umstrittene italienische Notenbankchef Antonio Fazio ist zurückgetreten. "
        "Gegen Fazio wird wegen Insiderhandels ermittelt. "
        "Ihm wird vorgeworfen, in die Übernahme einer Bank eingegriffen zu haben.")


@pytest.mark.parametrize("mode", ["investigate", "allege"])
def test_the_unnamed_doer_is_the_prosecution(analyse_text, mode):
    acts = [e for e in of_type(analyse_text(TEXT), "DISAPPROVE") if e["mode"] == mode]
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["ITAJUD"]


def test_a_named_critic_keeps_its_code(analyse_text):
    acts = of_type(analyse_text("Die Opposition warf dem Minister Bestechlichkeit vor."), "DISAPPROVE")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["OPP"]
