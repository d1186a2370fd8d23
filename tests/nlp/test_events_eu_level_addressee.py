"""A demand that names no addressee and asks for what is to be done at the European Union's level is
addressed to the EU: "Nötig sei, auf europäischer Ebene schnell … zu entscheiden, verlangte der
Gewerkschaftschef", "Der Kanzler forderte, die Asylbedingungen europaweit zu vereinheitlichen"
(``extract.EU_LEVEL_ADDRESSEE``, eu_level in function_words.tsv). The gold of the 10kGNAD parts codes
such demands as aimed at IGOEUREEC (gnad1 782, gnad3 430, gnad3 770, gnad5 609); the extractor left them
without a target or guessed the last party named. A named addressee stays, and the EU's own demands are
not aimed at itself.
Session 30, helper a1s30 (targets predicted empty: a demand's addressee left implicit). Uncoded news:
no event changed (no such demand there); development parts: 1 target changed, right (gnad3 770), pooled
type 2595 → 2595, tuple 1768 → 1769. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Nötig sei, auf europäischer Ebene schnell über wirksamere Handelsschutzinstrumente zu entscheiden, "
    "verlangte der Gewerkschaftschef.",
    "Der Kanzler forderte, die Asylbedingungen europaweit zu vereinheitlichen.",
])
def test_a_demand_at_the_unions_level_is_addressed_to_the_eu(analyse_text, text):
    (e,) = of_type(analyse_text(text), "DEMAND")
    assert actor_codes(e["target"]) == ["IGOEUREEC"]


def test_a_named_addressee_stays(analyse_text):
    evs = analyse_text("Der Stahlverband forderte von der Bundesregierung, sich auf EU-Ebene für Schutzzölle einzusetzen.")
    (e,) = of_type(evs, "DEMAND")
    assert actor_codes(e["target"]) == ["DEUGOV"]


def test_the_eus_own_demand_is_not_aimed_at_itself(analyse_text):
    (e,) = of_type(analyse_text("Die EU-Kommission forderte eine europaweite Liste sicherer Herkunftsstaaten."), "DEMAND")
    assert actor_codes(e["source"]) == ["IGOEUREEC"] and "IGOEUREEC" not in actor_codes(e["target"])


def test_flag_off_leaves_the_demand_without_addressee(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "EU_LEVEL_ADDRESSEE", False)
    (e,) = of_type(analyse_text("Der Kanzler forderte, die Asylbedingungen europaweit zu vereinheitlichen."), "DEMAND")
    assert e["target"] == []
