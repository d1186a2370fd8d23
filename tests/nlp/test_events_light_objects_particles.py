"""Word senses and verb parts found reading lagebild's output on uncoded Wikinews articles
(seventeenth session). A support verb that needs its own noun ("Vorkehrungen treffen") carries no
act noun it is aimed against; a separable particle after "und" and a finite verb of its own
belongs to that verb; and five trigger senses that named no act ("in Schutzgewahrsam genommen",
"voraussichtlich … gestellt", "zu Ende gegangen", "verteidigt ihren Platz"). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Regierung hat umfangreiche Vorkehrungen gegen Anschläge getroffen.",
    "Die Stadt traf Maßnahmen gegen weitere Proteste.",
])
def test_what_measures_aim_at_is_no_act(analyse_text, text):
    assert not [e for e in analyse_text(text) if e["type"] in ("ASSAULT", "PROTEST")]


def test_a_decision_on_sanctions_still_decides_them(analyse_text):
    acts = of_type(analyse_text("Das Parlament fasste einen Beschluss über Sanktionen gegen Russland."), "SANCTION")
    assert acts and "RUS" in [c[:3] for c in actor_codes(acts[0]["target"])]


def test_without_the_rule_the_government_attacks(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LIGHT_OWN_OBJECT", False)
    acts = of_type(analyse_text("Die Regierung hat umfangreiche Vorkehrungen gegen Anschläge getroffen."), "ASSAULT")
    assert acts and actor_codes(acts[0]["source"]) == ["GOV"]


def test_a_particle_after_a_coordinated_verb_is_that_verbs(analyse_text):
    assert not of_type(analyse_text("Die Zahl der Asylanträge nahm im Frühjahr ab und ging auf 20.000 zurück."),
                       "CONCEDE")


def test_a_particle_of_the_verb_itself_still_counts(analyse_text):
    acts = of_type(analyse_text("Die Regierung nahm den umstrittenen Vorschlag zurück."), "CONCEDE")
    assert acts and actor_codes(acts[0]["source"]) == ["GOV"]


def test_without_the_rule_the_particle_jumps(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PARTICLE_OWN_VERB", False)
    assert of_type(analyse_text("Die Zahl der Asylanträge nahm im Frühjahr ab und ging auf 20.000 zurück."), "CONCEDE")


@pytest.mark.parametrize("text, absent", [
    ("Der verwirrte Mann wurde von der Polizei in Schutzgewahrsam genommen.", "SUPPORT"),
    ("Der Angeklagte wird voraussichtlich im Herbst vor Gericht gestellt.", "AGREE"),
    ("Die Bauarbeiten an der Hauptstraße sind am Freitag zu Ende gegangen.", "PROTEST"),
    ("Die Läuferin verteidigt ihren dritten Platz in der Gesamtwertung.", "SUPPORT"),
])
def test_senses_that_name_no_such_act(analyse_text, text, absent):
    assert not of_type(analyse_text(text), absent)


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei nahm den Demonstranten in Schutzgewahrsam.", "COERCE"),
    ("Die Regierung stellte den Bauern neue Hilfen in Aussicht.", "AGREE"),
    ("In Minsk gingen am Sonntag Tausende auf die Straße.", "PROTEST"),
    ("Der Minister verteidigt die Regierung gegen die Opposition.", "SUPPORT"),
])
def test_the_senses_that_name_the_act_stay(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)
