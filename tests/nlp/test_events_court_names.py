"""An organisation of several words the KB lacks whose last word is a generic agent is that agent:
"Der Oberste Gerichtshof" JUD, "Das Landesgericht Salzburg" AUTJUD (the word before the city that
gave the country; a compound ending in a seat head counts). Only one-word names were read so, and a
court's conviction by an uncoded "Landesgericht Salzburg" became a DISAPPROVE of nobody
(mentions.ORG_NAME_HEAD). Eighteenth session; found reading lagebild's output on 10kGNAD Wirtschaft
articles ("Der Oberste Gerichtshof hat Untreue-Urteile ... aufgehoben"). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Der Oberste Gerichtshof verurteilte den Bürgermeister.", "SANCTION", ["JUD"]),
    ("Das Landesgericht Salzburg verurteilte den Bürgermeister.", "SANCTION", ["AUTJUD"]),
])
def test_a_court_named_by_several_words_is_the_judiciary(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and codes(acts[0]["source"]) == source


def test_without_the_rule_the_court_has_no_code(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "ORG_NAME_HEAD", False)
    acts = of_type(analyse_text("Der Oberste Gerichtshof verurteilte den Bürgermeister."), "SANCTION")
    assert acts and acts[0]["source"][0].get("actor_code") is None
