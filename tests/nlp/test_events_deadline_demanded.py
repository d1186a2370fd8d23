"""A deadline or an ultimatum demands the act of its infinitive; it has not been done: "hatten den Demonstranten eine
Frist gesetzt, sich den Behörden zu stellen" was an asserted CONCEDE (uncoded Wikinews, the previous session's
transfer check). "Frist" and "Ultimatum" are embed_demanded cues (cues.tsv) like "Aufforderung"; the surrender
itself stays asserted. Twenty-sixth session, helper e1. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, act", [
    ("Die Behörden in Lhasa hatten den Demonstranten eine Frist bis Montag gesetzt, sich der Polizei zu stellen.",
     "CONCEDE"),
    ("Die Taxifahrer stellten den Demonstranten in Bangkok ein Ultimatum, die Blockaden aufzuheben.", "CONCEDE"),
])
def test_the_act_a_deadline_asks_for_is_demanded(analyse_text, text, act):
    acts = of_type(analyse_text(text), act)
    assert acts and all(e["modality"] == "demanded" for e in acts)
    assert of_type(analyse_text(text), "THREATEN")  # the deadline itself


def test_a_surrender_told_stays_asserted(analyse_text):
    acts = of_type(analyse_text("Der Verdächtige stellte sich am Montag in Lhasa der Polizei."), "CONCEDE")
    assert acts and acts[0]["modality"] == "asserted"
