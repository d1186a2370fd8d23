"""Two verbs of wire copy for de-escalation (twenty-first session, F7; data lines in triggers.tsv):
"gewähren" carries the act noun it grants ("gewährte den Häftlingen eine Amnestie": the granter is
the doer; the noun had no doer before), and "die Waffenruhe einhalten" keeps a ceasefire (RETREAT
ceasefire, as "sich an die Waffenruhe halten" already was). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text", [
    "Die Regierung gewährte den Häftlingen eine Amnestie.",
    "Der Präsident gewährte dem Journalisten eine Begnadigung.",
])
def test_the_granter_does_the_granted_act(analyse_text, text):
    acts = of_type(analyse_text(text), "CONCEDE")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["GOV"]


def test_granting_aid_stays_aid(analyse_text):
    assert of_type(analyse_text("Die Weltbank gewährte Pakistan einen Kredit über eine Milliarde Dollar."), "AID")


@pytest.mark.parametrize("text", [
    "Die Rebellen hielten die Waffenruhe am Wochenende ein.",
    "Die Armee hat die Feuerpause eingehalten.",
])
def test_keeping_a_ceasefire_is_retreat(analyse_text, text):
    acts = of_type(analyse_text(text), "RETREAT")
    assert len(acts) == 1 and acts[0]["trigger"]["text"].startswith(("hielten", "eingehalten"))


def test_keeping_a_rule_is_no_act(analyse_text):
    assert not analyse_text("Die Firma hält die Vorschriften ein.")
