"""A criticism or refusal told in the stretch of a condition ("wenn", "falls", "sofern") is a supposed,
habitual or counterfactual stance, not an act anyone did: "wenn ein Schüler sich weigerte", "wenn ein
Patient die Behandlung ablehnt" gave a hypothetical REJECT or DISAPPROVE the coders never code (4 such
predictions on the development parts, all wrong; SUPPOSED_DEMAND does this for demands). A conditional
threat's act stays (its trigger is a THREATEN too), a concession ("auch wenn") is no condition, and a
"würde" alone is no condition: in reported speech it stands for a future ("Merkel erklärte, die USA
würden Russland kritisieren"). Twenty-fifth session, helper e2. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_SUPPOSED = [
    ("Früher galt es als Frechheit, wenn ein Schüler sich weigerte, die Uniform zu tragen.", "REJECT"),
    ("Die Kasse zahlt kein Geld mehr, wenn ein Patient die Behandlung ablehnt.", "REJECT"),
]


@pytest.mark.parametrize("text, type_", _SUPPOSED)
def test_a_criticism_or_refusal_in_a_condition_is_no_event(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


def test_a_conditional_threat_keeps_its_act(analyse_text):
    events = analyse_text("Die Gewerkschaft erklärte am Montag, sie würde gegen das Gesetz klagen, wenn der "
                          "Landtag es beschließe.")
    assert of_type(events, "THREATEN") and of_type(events, "DISAPPROVE")


def test_a_concession_is_no_condition(analyse_text):
    assert of_type(analyse_text("Auch wenn die Regierung den Plan heftig kritisierte, kam das Gesetz durch."),
                   "DISAPPROVE")


def test_a_reported_wuerde_is_no_condition(analyse_text):
    assert of_type(analyse_text("Merkel erklärte, die USA würden Russland kritisieren."), "DISAPPROVE")


@pytest.mark.parametrize("text, type_", _SUPPOSED)
def test_without_the_rule_the_conditional_stance_is_an_event(analyse_text, monkeypatch, text, type_):
    monkeypatch.setattr(extract, "CONDITIONAL_STANCE", False)
    assert of_type(analyse_text(text), type_)
