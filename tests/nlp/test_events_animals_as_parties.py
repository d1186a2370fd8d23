"""Animals are no parties: an act in a sentence that names an animal and whose doer the text does
not name is about the animal ("Der Bär war zu Besuch in Deutschland"); a named doer's act stays.
Fifteenth session; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_BEAR = ("Ein Braunbär streift seit Tagen durch Oberbayern. {} Das Umweltministerium in München "
         "beobachtet die Lage.")


@pytest.mark.parametrize("sentence", [
    "Der Bär war schon im Mai zu Besuch in Deutschland.",
    "Am Sonntag erlaubte der Minister, den Bären einzufangen, wonach er wieder freigelassen werden sollte.",
    "Förster sollen den Bären einfangen, wonach er in den Bergen wieder freigelassen werden soll.",
    "Es sei eine Frage der Zeit, bis der Bär mit Menschen zusammentreffe.",
])
def test_an_act_about_an_animal_is_no_event(analyse_text, sentence):
    assert not analyse_text(_BEAR.format(sentence))


def test_without_the_rule_the_animals_visit_is_a_consultation(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ANIMAL_ACTS", False)
    text = _BEAR.format("Der Bär war schon im Mai zu Besuch in Deutschland.")
    assert of_type(analyse_text(text), "CONSULT")


def test_a_named_doers_act_about_animals_stays(analyse_text):
    text = _BEAR.format("Der WWF forderte die Staatsregierung auf, die Bären besser zu schützen.")
    assert of_type(analyse_text(text), "DEMAND")
