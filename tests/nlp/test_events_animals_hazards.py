"""Animals, epidemics and hazards are no parties: birds culled against a virus, a bear shot by
hunters, aftershocks that "behindern die Helfer" make no PLOVER events (nor, in the articles of
dev9, a species "als bedroht eingestuft" or a pilot who "sich retten konnte"); the same verbs
between political parties stay.
Fourteenth session, from the errors of dev9 (now a development part); every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Um die Ausbreitung des Virus zu unterbinden, wurden in der Region Tausende Vögel getötet.",
    "Die Regierung hatte den Abschuss freigegeben. Der Bär wurde am Montag von Jägern der Regierung erschossen.",
    "Ein schweres Erdbeben hat Christchurch erschüttert. Zahlreiche Nachbeben behindern die Helfer.",
])
def test_animals_epidemics_and_hazards_make_no_events(analyse_text, text):
    assert analyse_text(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Soldaten haben in Kabul drei Zivilisten erschossen.", "ASSAULT"),
    ("Russland bedrohte die Ukraine mit einem Krieg.", "THREATEN"),
    ("Die Regierung will den Waffenschmuggel über die Grenze unterbinden.", "COERCE"),
    ("Ein schweres Erdbeben hat die Region erschüttert. Das Militär behinderte die Arbeit der Journalisten.",
     "COERCE"),
])
def test_the_same_verbs_between_parties_stay(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)


def test_without_the_rule_aftershocks_hinder_like_a_party(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DISASTER_NO_ASSAULT", False)
    text = "Ein schweres Erdbeben hat Christchurch erschüttert. Zahlreiche Nachbeben behindern die Helfer."
    assert of_type(analyse_text(text), "COERCE")
