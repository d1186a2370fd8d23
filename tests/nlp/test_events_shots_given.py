""""Schüsse abgeben" is a support verb and its act noun: the subject of "abgeben" fired the shots
("Nachdem israelische Kampfflugzeuge Schüsse über den deutschen Kriegsschiffen abgegeben haben"
had the doer ISRREB, a default for the lone noun). Found reading lagebild's output on uncoded
Wikinews article 34379; a data line in triggers.tsv. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, source", [
    ("Nachdem türkische Kampfflugzeuge Schüsse über den griechischen Schiffen abgegeben hatten, "
     "protestierte Athen.", ["TURMIL"]),
    ("Israelische Soldaten haben am Grenzzaun mehrere Schüsse abgegeben.", ["ISRMIL"]),
])
def test_the_subject_of_abgeben_fired(analyse_text, text, source):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text", [
    "Die Regierung gab am Montag eine Erklärung zu den Schulden ab.",
    "Der Verein hat seinen besten Spieler an den Rivalen abgegeben.",
])
def test_abgeben_without_shots_is_no_act(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT") == []
