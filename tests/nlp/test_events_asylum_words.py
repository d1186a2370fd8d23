"""Refugee and asylum acts in Austrian and German news: "Asylwerber" (the Austrian word) and
"Asylbewerber" are refugees whom a state takes in or cares for (AID), and Austrian "rückführen",
"Rückführung" in a text about refugees are deportations (COERCE), as the gnad1-gnad3 coders code
them ("Österreich habe im Vorjahr 90.000 Asylwerber aufgenommen", "Flüchtlinge ... sollen künftig
in die Türkei rückgeführt werden"). Data lines in triggers.tsv (auf|nehmen, versorgen, rück|führen,
zurück|führen, Rückführung). Twentieth session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Schweden hat im Sommer 2.000 Asylbewerber aufgenommen.",
    "Wien – Das Land Tirol hat im Herbst 300 Asylwerber aufgenommen.",
    "Die Caritas versorgte die Asylwerber in der Notunterkunft mit Decken.",
])
def test_asylum_seekers_taken_in_or_cared_for_are_aid(analyse_text, text):
    assert len(of_type(analyse_text(text), "AID")) == 1


@pytest.mark.parametrize("text", [
    "Rom – Die Zahl der Flüchtlinge steigt. Italien will die Migranten, die keinen Asylantrag stellen, "
    "nach Libyen rückführen.",
    "Rom – Die Zahl der Flüchtlinge steigt. Die Rückführung abgelehnter Asylwerber soll schneller gehen.",
    "Wien – Das Innenministerium will die Flüchtlinge nach Italien zurückführen.",
])
def test_returning_refugees_is_a_deportation(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1 and acts[0]["mode"] == "deport"


@pytest.mark.parametrize("text", [
    "Der Rückgang der Flüchtlingszahlen ist auf den Winter zurückzuführen.",
    "Die Regierung will die Staatsschulden bis 2020 rückführen.",
    "Die Rückführung der Kredite dauert noch Jahre.",
])
def test_tracing_back_or_paying_back_is_no_deportation(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE") == []
