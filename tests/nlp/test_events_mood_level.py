"""A mood measured is no act. A noun of praise or criticism whose clause tells how much of it there is
("In Italien wächst der Unmut", "die Unterstützung für die Partei ist groß", "Parteien gewinnen an
Unterstützung") describes the state of opinion somewhere, not an act of support or criticism by anyone;
the coders left every such sentence uncoded. ``extract.MOOD_LEVEL`` drops a SUPPORT or DISAPPROVE named by a
noun when its stretch has a verb of growing or shrinking (``mood_level_verb``, "nimmt … zu" through
``mood_level_particle``), a copula with a predicative word of degree (``mood_degree``) or, with "an" before
the noun, a verb of gaining or losing (``mood_gain_verb``; all in function_words.tsv). An attribute ("mit
wachsender Besorgnis reagierte") is no verb, and criticism with its doer and act stays.
Session 30, helper p1s30 (precision of the verbal types on the uncoded news): uncoded news 2 removed, both
wrong (a mood of fear among South Koreans, a people's sympathy in the 1990s); development parts 4 removed
(dev4 twice, gnad2, gnad5), none in the gold: pooled type matches 2595 -> 2595, predictions 3568 -> 3564,
tuple matches 1766 -> 1766. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "In der Bevölkerung wächst der Unmut über die Regierung.",
    "Unter den Bauern nimmt die Kritik an der Agrarpolitik der Regierung zu.",
])
def test_a_growing_mood_of_criticism_is_no_criticism(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Die Unterstützung für die Opposition ist im Süden des Landes groß.",
    "Die radikalen Parteien gewinnen in vielen Ländern an Unterstützung.",
])
def test_a_measured_support_is_no_support(analyse_text, text):
    assert not of_type(analyse_text(text), "SUPPORT")


def test_a_reaction_with_growing_concern_stays_criticism(analyse_text):
    text = "Mit wachsender Besorgnis reagierte die Europäische Union auf die Festnahmen in Minsk."
    assert of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text, type_", [
    ("Die Opposition übte scharfe Kritik an der Regierung.", "DISAPPROVE"),
    ("Die Kritik der Opposition an dem Gesetz war scharf.", "DISAPPROVE"),
    ("Der Außenminister sicherte der Ukraine die Unterstützung Deutschlands zu.", "SUPPORT"),
])
def test_acts_of_praise_and_criticism_stay(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


def test_without_the_rule_the_mood_was_criticism(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "MOOD_LEVEL", False)
    assert of_type(analyse_text("In der Bevölkerung wächst der Unmut über die Regierung."), "DISAPPROVE")
