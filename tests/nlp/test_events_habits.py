"""An act said to happen often, usually or every year ("häufig", "meist", "jedes Jahr") states a habit
or a pattern, background the guide does not code, not one act reported (GENERIC_FREQUENCY). Repeated
acts of a story ("immer wieder"), a frequency word inside an act noun's own phrase, and the habit an
accusation alleges stay events. Twenty-first session, F3 (precision); every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei nimmt in der Hauptstadt häufig Demonstranten fest.", "COERCE"),
    ("Jedes Jahr werden bei den Krawallen in der Vorstadt Hunderte Autos zerstört.", "ASSAULT"),
    ("Der Minister wurde in der Vergangenheit oft für seine Sparpolitik kritisiert.", "DISAPPROVE"),
    ("Die Gewerkschaft fordert meistens höhere Löhne von der Regierung.", "DEMAND"),
])
def test_a_habit_is_no_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Die Rebellen griffen in der Nacht immer wieder Dörfer im Norden an.", "ASSAULT"),
    ("Die Krise verschärft sich angesichts ständig neuer Forderungen der Rebellen.", "DEMAND"),
    ("Der Regierung wird vorgeworfen, nach Protesten oftmals Journalisten festzunehmen.", "COERCE"),
    ("Im Internet würden Kunden häufig benachteiligt, kritisiert die EU-Kommission.", "DISAPPROVE"),
])
def test_repeated_noun_alleged_and_outer_acts_stay(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1


def test_without_the_rule_the_habit_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "GENERIC_FREQUENCY", False)
    assert len(of_type(analyse_text("Die Polizei nimmt in der Hauptstadt häufig Demonstranten fest."), "COERCE")) == 1
