"""Known trigger words whose conditions blocked right events (issue 10, recall): each test names a
sentence the lexicon had a word for but coded nothing. Every sentence is invented and written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Bei den Krawallen in der Hauptstadt wurden am Samstag 23 Beamte verletzt.",
    "Bei den Krawallen in Minsk wurden zwölf Personen verletzt.",
    "Bei den Ausschreitungen in Athen seien auch drei der Täter verletzt worden.",
])
def test_injured_officers_people_or_culprits_are_an_assault(analyse_text, text):
    # the casualties of a clash, told in a sentence of their own, are the assault the coders code
    assert of_type(analyse_text(text), "ASSAULT")



@pytest.mark.parametrize("text", [
    "Augenzeugen in Minsk sprachen von mindestens vier getöteten Demonstranten.",
    "Unter den zwölf entführten Touristen in Mali sind auch zwei Deutsche.",
    "Der ermordete Polizist aus Lyon wurde am Freitag beigesetzt.",
])
def test_an_attributive_participle_of_killing_or_abduction_is_an_assault(analyse_text, text):
    # the attributive filter is right for "die verhängten Sanktionen", not for the victims of violence
    assert of_type(analyse_text(text), "ASSAULT")
