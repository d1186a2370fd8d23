"""A warning that only foretells a state is no disapproval (extract.WARNING_FORECAST). "warnen" is
DISAPPROVE when someone warns against what an actor does ("warnte vor der Schließung der Grenze");
a warning whose sentence has a modal of a possible or coming state ("könne", "könnte", "werde",
"würde": forecast_modal in function_words.tsv) that does not close a subordinate clause, and no
"vor" or "davor", forecasts what may happen, the guide's "plain warning of danger", and names no act.
Session 29, helper e2 (weak trigger words: "warnen" right about one time in three on the uncoded
news); uncoded news: 3 removed, 3 wrong; development parts: 2 removed, both wrong. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_FORECAST = "Die Mieten könnten im Winter weiter steigen, warnte der Mieterbund."


@pytest.mark.parametrize("text", [
    _FORECAST,
    "Die Organisation warnte, die Wüste könne zu einer Todesfalle für Flüchtlinge werden.",
    "Ab dem nächsten Jahr werde die Versorgung noch knapper, warnte die Ärztekammer.",
])
def test_a_warning_that_foretells_a_state_is_no_disapproval(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Die Grünen warnten davor, dass die Regierung die Grenze schließen könnte.",
    "Die Gewerkschaft warnte die Regierung vor Kürzungen, die Armut werde sonst steigen.",
    "Die Regierung baue ein Spitzelnetz auf, warnte der Anwaltsverband.",
])
def test_a_warning_against_an_act_stays_a_disapproval(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_the_forecast_is_a_disapproval(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "WARNING_FORECAST", False)
    assert of_type(analyse_text(_FORECAST), "DISAPPROVE")


def test_a_modal_closing_a_subordinate_clause_is_no_forecast(analyse_text):
    text = "Die Behörde plant ein Register, das die Freiheit der Presse gefährden könnte, wie Kritiker warnen."
    assert of_type(analyse_text(text), "DISAPPROVE")
