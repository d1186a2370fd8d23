"""Senses that name no act, seen by a first reading round on Wikinews articles and met again:
seats filled ("Das Flugzeug war mit 120 Passagieren besetzt" was PROTEST occupy), a touch
("unter die Kleidung zu fassen" was an arrest), the death penalty as an institution ("die
Abschaffung der Todesstrafe", "ohne Todesstrafe" were sentences). Data lines in triggers.tsv;
every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, kind", [
    ("Der Bus war mit 50 Fahrgästen voll besetzt.", "PROTEST"),
    ("Die Maschine war mit 180 Passagieren und sechs Besatzungsmitgliedern besetzt.", "PROTEST"),
    ("Der Mann versuchte, einer Schülerin unter die Kleidung zu fassen.", "COERCE"),
    ("Die Regierung stimmte am Dienstag für die Abschaffung der Todesstrafe.", "SANCTION"),
    ("Amnesty International forderte die Abschaffung der Todesstrafe in Japan.", "SANCTION"),
])
def test_the_sense_names_no_such_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind, source", [
    ("Hunderte Demonstranten besetzten am Montag das Rathaus.", "PROTEST", ["CVL"]),
    ("Die Polizei konnte den flüchtigen Täter in Berlin fassen.", "COERCE", ["DEUCOP"]),
    ("Das Gericht verhängte die Todesstrafe gegen den Angeklagten.", "SANCTION", ["JUD"]),
])
def test_the_act_sense_stays(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source
