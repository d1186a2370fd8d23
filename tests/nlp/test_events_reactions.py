"""Reactions a plan meets: "stieß auf wenig Gegenliebe / auf Skepsis", "löste Widerspruch aus",
"kündigte Widerstand an" are verbal acts (REJECT, DISAPPROVE); the nouns alone ("im Widerspruch zu",
"leisteten keinen Widerstand") are none (triggers.tsv). Eighteenth session, recall of verbal acts.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, kind, source, target", [
    ("Berlin – Der Plan der Regierung stieß bei der Opposition auf wenig Gegenliebe.", "REJECT",
     ["DEUOPP"], ["DEUGOV"]),
    ("Berlin – Der Vorschlag der Regierung stieß bei der SPD auf Skepsis.", "DISAPPROVE", ["DEUPTY"], ["DEUGOV"]),
    ("Wien – Die Grünen kündigten Widerstand gegen das Gesetz an.", "REJECT", ["AUTPTY"], []),
])
def test_a_reaction_met_or_announced_is_an_act(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text", [
    "Berlin – Die Zahlen stehen im Widerspruch zu den Angaben der Regierung.",
    "Berlin – Die Festgenommenen leisteten bei der Festnahme keinen Widerstand.",
])
def test_the_reaction_noun_alone_is_no_act(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "REJECT") and not of_type(evs, "DISAPPROVE")
