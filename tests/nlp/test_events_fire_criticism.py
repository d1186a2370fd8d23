"""Under fire in words: "Der Minister geriet unter Beschuss" is criticism aimed at the minister, not
an armed attack; soldiers, convoys or towns under fire are still shot at (extract FIRE_CRITICISM),
and "X nahm Y unter Beschuss" between speakers is a DISAPPROVE (triggers.tsv nehmen verbal=DISAPPROVE;
twenty-first session, F6). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, target", [
    ("Berlin – Die Familienministerin geriet wegen ihrer Äußerungen unter Beschuss.", ["DEUGOV"]),
    ("Berlin – Der Kanzler ist wegen der Steuerpläne unter Beschuss geraten.", ["DEUGOV"]),
    ("Wien – Die Regierung steht seit Tagen unter Beschuss der Opposition.", ["AUTGOV"]),
])
def test_a_speaker_under_fire_is_criticised(analyse_text, text, target):
    evs = analyse_text(text)
    assert not of_type(evs, "ASSAULT")
    acts = of_type(evs, "DISAPPROVE")
    assert len(acts) == 1 and codes(acts[0]["target"]) == target


def test_the_genitive_after_the_fire_is_the_critic(analyse_text):
    acts = of_type(analyse_text("Wien – Die Regierung steht seit Tagen unter Beschuss der Opposition."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["AUTOPP"]


def test_taking_a_speaker_under_fire_is_criticism(analyse_text):
    evs = analyse_text("Berlin – Die Grünen nahmen den Innenminister scharf unter Beschuss.")
    acts = of_type(evs, "DISAPPROVE")
    assert not of_type(evs, "ASSAULT") and len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["DEUPTY"], ["DEUGOV"])


@pytest.mark.parametrize("text", [
    "Kabul – Die Soldaten gerieten am Abend unter Beschuss.",
    "Damaskus – Die Stadt Homs steht seit Wochen unter Beschuss.",
    "Damaskus – Die Armee nahm die Vororte unter Beschuss.",
])
def test_forces_and_towns_under_fire_are_shot_at(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "ASSAULT") and not of_type(evs, "DISAPPROVE")


def test_without_the_rule_the_criticism_is_an_attack(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FIRE_CRITICISM", False)
    evs = analyse_text("Berlin – Der Kanzler ist wegen der Steuerpläne unter Beschuss geraten.")
    assert of_type(evs, "ASSAULT") and not of_type(evs, "DISAPPROVE")
