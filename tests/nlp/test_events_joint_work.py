"""Work done together is cooperation: "ein gemeinsam von russischen und indischen Unternehmen entwickelter
Flugkörper", "der von Marokko und Spanien gemeinsam erstellte Aktionsplan" were coded COOPERATE by the
dev3 and dev9 coders and missed, since making a plan or a product names no act of its own. A verb of
making (entwickeln, erarbeiten, ausarbeiten, erstellen, zusammenstellen, untersuchen) is COOPERATE only
with "gemeinsam" in its clause; alone it is no event. Data lines in triggers.tsv. Twenty-ninth session,
helper e3. Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest
from event_helpers import codes, of_type


@pytest.mark.parametrize("text, parties", [
    ("Frankreich und Italien haben gemeinsam einen Plan für die Grenzkontrollen ausgearbeitet.", ["FRA", "ITA"]),
    ("Der Vertrag, der von Spanien und Portugal gemeinsam erstellt wurde, gilt als ehrgeizig.", ["ESP", "PRT"]),
    ("Die Drohne, die gemeinsam von französischen und italienischen Firmen entwickelt wurde, ist teuer.",
     ["FRABUS", "ITABUS"]),
])
def test_joint_work_is_cooperation(analyse_text, text, parties):
    acts = of_type(analyse_text(text), "COOPERATE")
    assert len(acts) == 1 and codes(acts[0]["source"]) == parties


@pytest.mark.parametrize("text", [
    "Frankreich hat einen Plan für die Grenzkontrollen ausgearbeitet.",
    "Der Vertrag, der von Spanien erstellt wurde, gilt als ehrgeizig.",
])
def test_work_of_one_party_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "COOPERATE")


def test_without_the_lines_joint_work_is_no_event(analyse_text, full_nlp, monkeypatch):
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex

    def old(table):
        return MappingProxyType({k: tuple(h for h in v if not (h[0].type == "COOPERATE" and h[0].objects == ("gemeinsam",)))
                                 for k, v in table.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=old(lex.verb_forms)))
    assert not of_type(analyse_text("Frankreich und Italien haben gemeinsam einen Plan für die Grenzkontrollen "
                                    "ausgearbeitet."), "COOPERATE")
