""""treffen" is no meeting when an object makes it a support verb ("alle Vorbereitungen zu treffen", "derartige
Aussagen trifft", "die Vereinbarungen, die er traf"), nor in the Austrian idiom "etwas ins Treffen führen" (to put
an argument forward). Such a noun inside a prepositional phrase ("Zur Vorbereitung des Gipfels trafen sich …",
"Nach Aussagen von Diplomaten traf …") leaves the meeting. Session 26, helper e11 (uncoded news: 4 articles, all
no meetings). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Behörden wurden angewiesen, alle Vorbereitungen für die Schließung der Grenze zu treffen.",
    "Der Minister wunderte sich, wenn der Bankchef derartige Aussagen in der Öffentlichkeit trifft.",
    "Der Innenminister führt den Datenschutz als Argument ins Treffen.",
    "Die Oppositionspartei führte ein weiteres Argument gegen das Gesetz ins Treffen.",
])
def test_treffen_as_a_support_verb_or_idiom_is_no_consult(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Zur Vorbereitung des Gipfels trafen sich die Außenminister Frankreichs und Spaniens in Madrid.",
    "Nach Aussagen von Diplomaten traf der Außenminister Frankreichs den spanischen Regierungschef in Madrid.",
    "Merkel traf Putin am Montag in Moskau.",
])
def test_a_meeting_stays(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT")


def test_without_the_rule_the_idiom_is_a_consult(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TREFFEN_IDIOM", False)
    assert of_type(analyse_text("Der Innenminister führt den Datenschutz als Argument ins Treffen."), "CONSULT")
