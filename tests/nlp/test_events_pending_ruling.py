"""A court that must or shall still decide ("muss noch entscheiden", "Entscheiden soll das Gericht") has not ruled,
and the outcome is open: no SANCTION `convict`. On the uncoded 10kGNAD news four articles had such a pending decision
as a sanction (extract.PENDING_RULING, twenty-sixth session, helper e2). A ruling made stays a SANCTION, also when a
"muss" stands in what the court ordered. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Über die Eröffnung des Verfahrens muss nun das Landgericht Bremen entscheiden.",
    "Der Richter muss noch entscheiden, wer die Kosten des Verfahrens trägt.",
    "Am Nachmittag sollte ein Haftrichter über die Untersuchungshaft der beiden Männer entscheiden.",
    "Entscheiden muss nun das Oberlandesgericht.",
])
def test_a_decision_still_to_come_is_no_sanction(analyse_text, text):
    assert not of_type(analyse_text(text), "SANCTION")


@pytest.mark.parametrize("text", [
    "Das Gericht hat am Montag entschieden, dass der Minister seine Aussage widerrufen muss.",
    "Das Verwaltungsgericht entschied am Montag gegen die Regierung.",
])
def test_a_ruling_made_stays_a_sanction(analyse_text, text):
    assert of_type(analyse_text(text), "SANCTION")


def test_without_the_rule_the_pending_decision_is_a_sanction(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PENDING_RULING", False)
    text = "Über die Eröffnung des Verfahrens muss nun das Landgericht Bremen entscheiden."
    assert of_type(analyse_text(text), "SANCTION")
