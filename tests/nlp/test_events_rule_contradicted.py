""""Widersprechen" with a thing as its subject and a law or rule as its object says the thing breaks
the rule: a charge against it (DISAPPROVE), not a refusal. "Der Plan der Bank würde EU-Recht
widersprechen, sagte der Experte" and "widerspreche die Novelle dem Regelungskonzept der Richtlinie"
(gnad3, gnad5) were REJECT, as were a law contradicting European law (dev) and a rule contradicting
anti-discrimination laws (gnad2); the coders code the expert's words DISAPPROVE. A party that
contradicts an account or a bill stays a REJECT ("Dieser Darstellung widersprach ein Sprecher", "Die
Opposition widersprach dem Gesetz der Regierung"). Twenty-fifth session, helper e10
(extract.RULE_CONTRADICTED). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Entwurf der Regierung würde dem Völkerrecht widersprechen, sagte ein Experte am Montag.",
    "Die neue Verordnung widerspreche den Vorgaben der europäischen Richtlinie, schrieb der Gutachter.",
    "Das geplante Meldegesetz widerspricht nach Ansicht der Juristin der Verfassung.",
])
def test_a_thing_contradicting_a_rule_is_a_charge(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "DISAPPROVE") and not of_type(evs, "REJECT")


@pytest.mark.parametrize("text", [
    "Dieser Darstellung widersprach am Dienstag ein Sprecher des Innenministeriums.",
    "Die Opposition widersprach dem neuen Gesetz der Regierung.",
    "Die Regierung widersprach der Auslegung der Verfassung durch die Opposition.",
    "Der Minister widersprach zu Recht den Angaben der Gewerkschaft.",
])
def test_a_party_contradicting_stays_a_refusal(analyse_text, text):
    assert of_type(analyse_text(text), "REJECT")


def test_without_the_rule_the_thing_refuses(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RULE_CONTRADICTED", False)
    evs = analyse_text("Der Entwurf der Regierung würde dem Völkerrecht widersprechen, sagte ein Experte am Montag.")
    assert of_type(evs, "REJECT") and not of_type(evs, "DISAPPROVE")
