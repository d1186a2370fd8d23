"""Shelter set up for refugees or people in need is AID, as the gnad1-gnad5 and dev10 coders code it
("für die Vertriebenen wurden Notquartiere eingerichtet"): data lines in
triggers.tsv (ein|richten and errichten with a shelter word in the clause). An office or a kindergarten
set up stays no event. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Die Stadtverwaltung hat für die Obdachlosen am Bahnhof Notunterkünfte eingerichtet.",
    "Das Technische Hilfswerk errichtete am Stadtrand eine Zeltstadt für 800 Menschen.",
    "Nach dem Erdbeben richtete die Armee in den Dörfern Notquartiere ein.",
])
def test_shelter_for_people_in_need_is_aid(analyse_text, text):
    assert len(of_type(analyse_text(text), "AID")) == 1


@pytest.mark.parametrize("text", [
    "Der Konzern hat in München ein neues Büro eingerichtet.",
    "Die Gemeinde errichtete im Sommer einen Kindergarten.",
    "Die Bundesregierung richtete im Innenministerium einen Krisenstab ein.",
])
def test_offices_and_guests_are_no_aid(analyse_text, text):
    assert of_type(analyse_text(text), "AID") == []
