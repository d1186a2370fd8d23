""""bereitstellen" is AID only when what is provided is help: money, relief goods, shelter,
equipment, forces or helpers. Platforms provided for trains (gnad3) and a translation provided
(an uncoded Wikinews interview) were AID with no party helped. A data line in triggers.tsv
(bereit|stellen with an aid word, else a support verb that carries an aid noun). Twenty-fifth
session, helper e1. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Kanada hat für Haiti 30 Millionen Dollar bereitgestellt.",
    "Die Regierung stellte für die Opfer des Erdbebens Zelte und Decken bereit.",
    "Die Vereinten Nationen stellten für die Flüchtlinge Hilfsgüter bereit.",
])
def test_help_provided_is_aid(analyse_text, text):
    assert len(of_type(analyse_text(text), "AID")) == 1


@pytest.mark.parametrize("text", [
    "Die Bahn hat für die Sonderfahrt zwei Gleise bereitgestellt.",
    "Der Sender stellte das Gespräch mit dem Minister auch als Video bereit.",
    "Das Rathaus stellte im Sommer neue Formulare im Internet bereit.",
])
def test_other_things_provided_are_no_aid(analyse_text, text):
    assert of_type(analyse_text(text), "AID") == []
