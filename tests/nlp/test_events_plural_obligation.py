"""A speaker's plural obligation in reported speech ("die Fraktionen müssten … eingebunden werden", "Die
Sozialpartner müssten ihre Blockade aufgeben, sagte X") is a DEMAND of the speaker like the singular "müsse"
and "muss", also when the one who must act is no actor lagebild knows (``must_unnamed`` in evaluations.tsv
now holds "müssten" and "müssen"; the Wikinews coders code both, dev and dev8). An expectation
("gehen davon aus, dass … verlassen müssen": ``belief`` now holds the cue "geht"/"ging"/"gehen"), a
condition and "mit … rechnen" stay no demand. speech.UNNAMED_SHOULD off shows the rule. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech

DEMANDS = [
    "Der Wirtschaftsminister sagte, die Koalitionsfraktionen müssten früher in die Entscheidungen eingebunden werden.",
    "Die Sozialpartner müssten endlich ihre Blockade aufgeben, sagte der Bundespräsident.",
    "Die Gemeinden müssten mehr Geld für die Schulen bekommen, erklärte der Bürgermeister.",
]


@pytest.mark.parametrize("text", DEMANDS)
def test_plural_obligation_is_a_demand(analyse_text, text):
    acts = of_type(analyse_text(text), "DEMAND")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"])[0].endswith("GOV")


@pytest.mark.parametrize("text", [
    "Die Experten gehen davon aus, dass viele Mitarbeiter das Werk verlassen müssen.",
    "Wenn die Preise steigen, müssten die Kunden mehr zahlen, sagte der Ökonom.",
    "Die Bürger müssen mit höheren Abgaben rechnen, sagte der Finanzminister.",
])
def test_expectations_are_no_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND") == []


def test_without_unnamed_should_no_demand(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "UNNAMED_SHOULD", False)
    assert of_type(analyse_text(DEMANDS[0]), "DEMAND") == []
