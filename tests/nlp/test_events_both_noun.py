""""Die beiden Regierungen", "die beiden Nachbarn" after two countries are those two countries, one
actor: the noun is no actor of its own that turns up as a stray target. Twenty-first session, F9;
found reading lagebild's output on 10kGNAD articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Indien und Pakistan verhandelten in Genf. Die beiden Regierungen unterzeichneten danach ein Abkommen.",
    "Indien und Pakistan verhandelten in Genf. Die beiden Nachbarn unterzeichneten danach ein Abkommen.",
])
def test_both_phrase_is_the_two_countries_and_no_target(analyse_text, text):
    acts = [e for e in of_type(analyse_text(text), "AGREE") if e["trigger"]["text"] == "unterzeichneten"]
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["IND", "PAK"]
    assert actor_codes(acts[0]["target"]) == []


def test_without_the_rule_the_noun_is_a_stray_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BOTH_OWN_NOUN", False)
    acts = [e for e in of_type(analyse_text("Indien und Pakistan verhandelten in Genf. Die beiden Regierungen "
                                            "unterzeichneten danach ein Abkommen."), "AGREE")
            if e["trigger"]["text"] == "unterzeichneten"]
    assert acts and actor_codes(acts[0]["target"]) != []
