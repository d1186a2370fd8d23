"""Sitting or being held in prison names a detention (COERCE), the detained as its target: the
coders code detention named in passing ("sitzt weiterhin in Haft", "wird im Gefängnis gehalten").
Data lines in triggers.tsv (sitzen with swap, halten); not "-haft" adjectives ("dauerhaft"), a speech
given in a prison, or "sitzt in Untersuchungshaft", whose noun names the act. Twentieth session.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type


@pytest.mark.parametrize("text, trigger", [
    ("Der Oppositionsführer sitzt seit März im Gefängnis.", "sitzt"),
    ("Zwei Mitangeklagte sitzen noch immer in Haft.", "sitzen"),
    ("Der Journalist wird seit Monaten im Gefängnis gehalten.", "gehalten"),
])
def test_sitting_or_held_in_prison_is_detention(analyse_text, text, trigger):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1 and acts[0]["trigger"]["text"] == trigger


def test_the_one_sitting_in_prison_is_the_target(analyse_text):
    acts = of_type(analyse_text("Der Oppositionsführer sitzt seit März im Gefängnis."), "COERCE")
    assert acts and codes(acts[0]["target"]) == ["OPP"] and codes(acts[0]["source"]) == ["COP"]


@pytest.mark.parametrize("text", [
    "Die Familie ist dauerhaft in Wien wohnhaft und sitzt oft im Garten.",
    "Der Minister hielt im Gefängnis eine Rede vor Häftlingen.",
    "Die Abgeordneten sitzen im Parlament.",
])
def test_no_detention_without_a_prison(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE") == []


def test_a_detention_noun_names_the_act(analyse_text):
    acts = of_type(analyse_text("Seit Juni sitzt der Pfarrer in Untersuchungshaft."), "COERCE")
    assert len(acts) == 1 and acts[0]["trigger"]["text"] == "Untersuchungshaft"
