"""The Austrian newsroom verb of stating ("…, deponierte der Minister im Kurier") introduces reported
speech like "betonte" (quotes/cue_verbs.txt), so what the speaker demands or criticises is an event;
depositing money is no speech. Eighteenth session, gnad1 (809:3, 809:6 code acts on "deponierte").
Every sentence is written for these tests."""

from __future__ import annotations

from event_helpers import actor_codes, of_type


def test_deponieren_introduces_a_demand(analyse_text):
    acts = of_type(analyse_text("Wien – Die Regierung müsse endlich handeln, deponierte der Gewerkschaftschef."),
                   "DEMAND")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (["AUTLAB"], ["AUTGOV"])


def test_deponieren_introduces_criticism(analyse_text):
    acts = of_type(analyse_text("Wien – Die Pläne der Regierung seien ein Skandal, deponierte der Gewerkschaftschef."),
                   "DISAPPROVE")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["AUTLAB"]


def test_depositing_money_is_no_speech(analyse_text):
    assert analyse_text("Wien – Die Bank deponierte das Geld der Regierung im Tresor.") == []
