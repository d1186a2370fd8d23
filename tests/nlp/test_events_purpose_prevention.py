"""A verb of preventing (hindern, verhindern, stoppen, abhalten, aufhalten) as the infinitive of an "um … zu"
clause names the aim of its main clause's act, not an act of its own: "Absperrzäune wurden errichtet, um die
Menge daran zu hindern", "um die Flüchtlinge zu stoppen", "um die Luftwaffe von Angriffen abzuhalten" gave a
second COERCE or an ASSAULT beside the fence, the custody or the no-fly zone the coders code (5 such
predictions on the development parts, all wrong). Prevention told as done stays. Twenty-fifth session,
helper e2. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_AIMS = [
    ("Ungarn baute an der Grenze einen Zaun, um die Flüchtlinge zu stoppen.", "COERCE", 1),
    ("Der Sicherheitsrat richtete eine Flugverbotszone ein, um die Luftwaffe von Angriffen auf Zivilisten "
     "abzuhalten.", "ASSAULT", 0),
    ("Die Polizei nahm die Verdächtigen in Gewahrsam, um sie an der Flucht zu hindern.", "COERCE", 1),
]


@pytest.mark.parametrize("text, type_, n", _AIMS)
def test_a_prevention_as_purpose_is_no_act(analyse_text, text, type_, n):
    assert len(of_type(analyse_text(text), type_)) == n


@pytest.mark.parametrize("text", [
    "Die Polizei hinderte die Demonstranten daran, das Parlament zu stürmen.",
    "Die Kundgebung wurde von der Polizei verhindert.",
    "Die Polizei stoppte den Konvoi an der Grenze.",
])
def test_a_prevention_told_as_done_stays(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE")


@pytest.mark.parametrize("text, type_, n", _AIMS)
def test_without_the_rule_the_aim_is_an_act(analyse_text, monkeypatch, text, type_, n):
    monkeypatch.setattr(extract, "PURPOSE_PREVENTION_NO_ACT", False)
    assert len(of_type(analyse_text(text), type_)) == n + 1
