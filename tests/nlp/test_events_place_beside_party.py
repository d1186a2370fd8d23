"""The country of the place where an attack hit is its target only when the sentence names no
party that was hit: "Die Türkei bombardierte Stellungen der PKK im Nordirak" was TUR > TURREB + IRQ,
"Luftangriffe gegen den IS in Syrien" IS + SYR (extract.PLACE_BESIDE_PARTY); "bombardierten ein
Krankenhaus in Aleppo" still hits Syria. Nineteenth session, found on gnad1/gnad2 ("Angriffe auf
Stellungen der Jihadistenmiliz Islamischer Staat (IS) in Syrien"). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _targets(analyse_text, text):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    return sorted(a.get("actor_code") for a in acts[0]["target"])


@pytest.mark.parametrize("text, target", [
    ("Die Türkei bombardierte Stellungen der PKK im Nordirak.", ["TURREB"]),
    ("Die USA fliegen Luftangriffe gegen den IS in Syrien.", ["IMGMUSISI"]),
    ("Bei Luftangriffen auf den IS in Syrien starben zehn Kämpfer.", ["IMGMUSISI"]),
    ("Israel bombardierte Ziele der Hamas im Gazastreifen.", ["PSEREB"]),
])
def test_the_place_of_a_hit_party_is_no_target(analyse_text, text, target):
    assert _targets(analyse_text, text) == target


@pytest.mark.parametrize("text", [
    "Russische Kampfjets bombardierten ein Krankenhaus in Aleppo.",
    "Bei Luftangriffen in Syrien starben zehn Menschen.",
])
def test_with_no_hit_party_the_place_is_hit(analyse_text, text):
    assert _targets(analyse_text, text) == ["SYR"]


def test_without_the_rule_the_place_is_a_second_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PLACE_BESIDE_PARTY", False)
    # ASSAULT_PLACE_LAST alone also keeps a place after "im" from being a second target
    monkeypatch.setattr(extract, "ASSAULT_PLACE_LAST", False)
    assert _targets(analyse_text, "Die Türkei bombardierte Stellungen der PKK im Nordirak.") == ["IRQ", "TURREB"]
