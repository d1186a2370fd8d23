"""An act named after "statt"/"anstatt"/"anstelle" in its own stretch of the clause is the alternative
not taken, no act: "statt auf Gespräche", "statt Steine zu werfen", "Anstatt mit der Opposition zu
verhandeln, …", "Anstelle von Verhandlungen …" (extract.INSTEAD_NO_ACT); the act of the main clause
stays, and so does "stattfinden". Twenty-fourth session, false alarms of dev and gnad3. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_", [
    ("Es sei bedauerlich, dass die Gewerkschaft auf Streik setze, statt auf Gespräche mit der Regierung.", "CONSULT"),
    ("Es ist sinnvoller, für Lösungen zu arbeiten, statt Steine auf Polizisten zu werfen.", "ASSAULT"),
    ("Anstatt mit der Opposition zu verhandeln, ließ der Präsident Demonstranten festnehmen.", "CONSULT"),
    ("Anstelle von Verhandlungen setzte die Regierung auf Härte.", "CONSULT"),
])
def test_the_alternative_not_taken_is_no_event(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_) == []


@pytest.mark.parametrize("text, type_", [
    ("Statt zu verhandeln, griff die Armee die Rebellen an.", "ASSAULT"),
    ("Anstatt mit der Opposition zu verhandeln, ließ der Präsident Demonstranten festnehmen.", "COERCE"),
    ("Die Gespräche zwischen Israel und den Palästinensern fanden in Kairo statt.", "CONSULT"),
])
def test_the_act_taken_stays(analyse_text, text, type_):
    assert len(of_type(analyse_text(text), type_)) == 1


def test_without_the_rule_the_stones_not_thrown_are_an_attack(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "INSTEAD_NO_ACT", False)
    text = "Es ist sinnvoller, für Lösungen zu arbeiten, statt Steine auf Polizisten zu werfen."
    assert of_type(analyse_text(text), "ASSAULT")
