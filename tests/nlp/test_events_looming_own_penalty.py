"""A penalty that looms over someone ("Ihm drohen zehn Jahre Haft") is a sentence that may come, not
one passed: SANCTION, hypothetical. When the penalty is an act noun ("Haftstrafe") the noun carried
the modality already (LOOMING_HYPOTHETICAL); "Haft" and "Gefängnis" are no act nouns, so "drohen"
carries the act alone and it came out asserted. Twenty-ninth session, helper e7. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Richter vertagte den Fall. Dem Angeklagten drohen bis zu zwölf Jahre Haft.",
    "Die Polizei nahm den Schmuggler fest. Ihm droht lebenslange Haft.",
    "Die Staatsanwaltschaft ermittelt gegen den Bürgermeister. Ihm drohen acht Jahre Gefängnis.",
])
def test_a_looming_penalty_is_hypothetical(analyse_text, text):
    acts = of_type(analyse_text(text), "SANCTION")
    assert acts and all(e["modality"] == "hypothetical" for e in acts)


def test_a_threat_with_prison_stays_a_threat(analyse_text):
    acts = of_type(analyse_text("Der Innenminister drohte den Besetzern mit Gefängnis."), "THREATEN")
    assert acts and acts[0]["modality"] == "asserted"


def test_without_the_rule_the_penalty_is_asserted(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LOOMING_OWN_PENALTY", False)
    acts = of_type(analyse_text("Die Polizei nahm den Schmuggler fest. Ihm droht lebenslange Haft."), "SANCTION")
    assert acts and acts[0]["modality"] == "asserted"
