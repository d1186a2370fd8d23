"""Places named after a place noun and coordinated ("an den Flughäfen Köln, München und Hamburg")
are where an act happens, not its parties: "Verdi rief zu Streiks an den Flughäfen Frankfurt am
Main, München und Hamburg auf" had the three cities as the strike's targets (seen by the first
Wikinews reading round). Flughafen, Hafen, Bahnhof are place nouns (function_words.tsv), and
coordinated places share the first one's preposition (PLACE_COORDINATION). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft rief zu Streiks an den Flughäfen Köln, München und Hamburg auf.",
    "Die Gewerkschaft rief zu Streiks an den Häfen Rostock und Kiel auf.",
])
def test_the_places_are_no_targets(analyse_text, text):
    acts = of_type(analyse_text(text), "PROTEST")
    assert len(acts) == 1
    assert not {"DEU"} & set(actor_codes(acts[0]["target"]))


def test_cities_after_nach_stay_targets(analyse_text):
    acts = of_type(analyse_text("Die Regierung schickte Hilfsgüter nach Aleppo und Homs."), "AID")
    assert acts and "SYR" in actor_codes(acts[0]["target"])


def test_without_the_rule_later_cities_are_targets(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PLACE_COORDINATION", False)
    acts = of_type(analyse_text("Die Gewerkschaft rief zu Streiks an den Flughäfen Köln, München und Hamburg auf."),
                   "PROTEST")
    assert acts and "DEU" in actor_codes(acts[0]["target"])
