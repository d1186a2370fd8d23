"""A blockade is a PROTEST only when people block: a thing as the subject of "blockieren" (landslides, avalanches,
buildings, a flat) or a reflexive "sich" (states hindering each other) is no blockade by civilians and no event.
Twenty-sixth session, helper e13 (uncoded 10kGNAD: landslides blocking roads, built-up land blocking cool air, a flat
kept empty, Balkan states not blocking each other on the way into the EU were PROTEST `obstruct` aimed at the
government). A blockade by farmers, taxi drivers or students stays a protest. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Schwere Erdrutsche blockierten am Dienstag zwei Landstraßen im Allgäu.",
    "In der Nacht blockierten Lawinen mehrere Passstraßen in Graubünden.",
    "Neue Gebäude blockieren nach Ansicht der Planer die Frischluft aus dem Umland.",
])
def test_a_thing_that_blocks_is_no_protest(analyse_text, text):
    assert not of_type(analyse_text(text), "PROTEST")


def test_hindering_each_other_is_no_protest(analyse_text):
    evs = analyse_text("Die Nachbarländer versicherten, dass sie sich bei den Beitrittsgesprächen nicht gegenseitig blockieren.")
    assert not of_type(evs, "PROTEST")


@pytest.mark.parametrize("text", [
    "Hunderte Bauern blockierten mit ihren Traktoren die Autobahn bei Rennes.",
    "Am Montag blockierten wütende Taxifahrer die Innenstadt von Lissabon.",
    "Mit umgestürzten Bäumen blockierten Demonstranten die Zufahrt zum Flughafen.",
])
def test_people_blocking_a_road_stays_a_protest(analyse_text, text):
    assert of_type(analyse_text(text), "PROTEST")


def test_without_the_rule_it_is_a_protest(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "THING_BLOCKS_NO_PROTEST", False)
    assert of_type(analyse_text("Schwere Erdrutsche blockierten am Dienstag zwei Landstraßen im Allgäu."), "PROTEST")
