"""A phrase nested in a cause phrase ("wegen der Angriffe auf die Polizei", "trotz der Kritik an
der Regierung") belongs to the cause's noun, not to the clause's verb: the police attacked is no
target of the arrest that follows. Found reading lagebild's output on 10kGNAD articles (two men
arrested for attacks on police and firemen, coded as an arrest of the police). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, absent", [
    ("Zwei Männer wurden wegen der Angriffe auf die Polizei festgenommen.", "COERCE", "COP"),
    ("Wegen der Gewalt gegen die Opposition verhängte die Union Sanktionen.", "SANCTION", "OPP"),
    ("Trotz der Kritik an der Opposition unterstützte die Kirche die Partei.", "SUPPORT", "OPP"),
])
def test_a_nested_phrase_is_no_party_of_the_verb(analyse_text, text, kind, absent):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert not any(c.endswith(absent) for c in codes(acts[0]["target"]))


def test_another_preposition_ends_the_cause_phrase(analyse_text):
    text = "Mehrere Städte haben wegen der hohen Werte bei der EU eine längere Frist beantragt."
    acts = of_type(analyse_text(text), "DEMAND")
    assert len(acts) == 1 and codes(acts[0]["target"]) == ["IGOEUREEC"]


def test_without_the_rule_the_police_is_arrested(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CAUSE_PHRASES", False)
    acts = of_type(analyse_text("Zwei Männer wurden wegen der Angriffe auf die Polizei festgenommen."), "COERCE")
    assert acts and any(c.endswith("COP") for c in codes(acts[0]["target"]))
