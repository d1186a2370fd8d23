"""A hostile act noun with no party of its own that a word of a rise or piling up rates ("Drohungen
häufen sich", "eine Zunahme von Drohungen") is a trend, no event (``TREND_WORDS``, trend_word in
function_words.tsv; twenty-second session, from gnad5's antisemitism report, where three such
"Drohungen" were THREATEN with the article's default doer). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_LEAD = "Graz – Die Beratungsstelle fordert von der Landesregierung mehr Personal. "


@pytest.mark.parametrize("text", [
    _LEAD + "Vor allem in sozialen Netzwerken hätten sich Drohungen gehäuft, sagte die Leiterin.",
    _LEAD + "Auffällig sei eine deutliche Zunahme von Drohungen gegen Lehrerinnen.",
    _LEAD + "Beschimpfungen und Drohungen häufen sich seit dem Sommer.",
])
def test_a_trend_of_acts_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "THREATEN")


@pytest.mark.parametrize("text", [
    "Wien – Die Regierung drohte der Opposition am Montag mit einer Klage.",
    "Moskau – Nach einer Zunahme der Spannungen drohte Russland der Ukraine mit Sanktionen.",
])
def test_a_threat_of_a_party_stays(analyse_text, text):
    assert of_type(analyse_text(text), "THREATEN")


def test_without_the_rule_the_trend_is_a_threat(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TREND_WORDS", False)
    text = _LEAD + "Vor allem in sozialen Netzwerken hätten sich Drohungen gehäuft, sagte die Leiterin."
    assert of_type(analyse_text(text), "THREATEN")
