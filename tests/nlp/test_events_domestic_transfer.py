"""Handing a prisoner on at home is no cooperation. "überstellen" is COOPERATE when one state hands a suspect to
another state or a tribunal (PLOVER's extradition: "nach Den Haag überstellt"); "in ein Gefängnis überstellt",
asylum seekers "in die Bundesländer überstellt" move a person inside one state, which the coders code as the
arrest or as the asylum measure, never as COOPERATE (so does "an die Bundespolizei überstellt", dev10). The
COOPERATE lines of "überstellen" and "Überstellung" in triggers.tsv get a ``without=`` list of prison, hospital
and reception words and of asylum seekers; police words stay out of it, because "verhaftet und an die
Bundespolizei überstellt" needs the second verb as a trigger for CONJUNCT_PP_OWN to keep the police out of the
arrest (test_events_weak_parts.py). Session 30, helper p2s30 (precision of the cooperation types); uncoded news:
1 removed, wrong; development parts: 1 removed (gnad3), wrong; pooled type matches 2596 -> 2596, predictions -1.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Der Verdächtige wurde am Abend in ein Gefängnis in Sachsen überstellt.",
    "Die verletzte Gefangene wurde in ein Krankenhaus in Graz überstellt.",
    "Morgen sollen weitere Asylwerber in die Bundesländer überstellt werden.",
])
def test_a_transfer_at_home_is_no_cooperation(analyse_text, text):
    assert not of_type(analyse_text(text), "COOPERATE")


@pytest.mark.parametrize("text", [
    "Der frühere General wurde am Montag nach Den Haag überstellt.",
    "Serbien hat den Angeklagten an das UN-Tribunal überstellt.",
])
def test_a_transfer_to_another_state_or_a_tribunal_stays_cooperation(analyse_text, text):
    assert len(of_type(analyse_text(text), "COOPERATE")) == 1


@pytest.mark.parametrize("lemma", ["überstellen", "Überstellung"])
def test_both_transfer_lines_list_domestic_destinations(lemma):
    lines = [e for e in load_lexicon().lemmas[lemma] if e.type == "COOPERATE"]
    assert lines and {"gefängnis", "krankenhaus", "asylwerber"} <= set(lines[0].without)
