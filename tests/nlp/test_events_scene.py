"""A sentence that opens with a place ("In Italien …", "In der spanischen Stadt Bilbao …") sets the
scene: the sentences after it that name no place and no other country go on there, and their
unnamed agents ("die Regierung", "die Gewerkschaften", a passive's police) are of the scene's
country, not of the article's setting (its most-named country). In a German story with a paragraph
on Austria, "die Gewerkschaften" there became German ("DEULAB"); in a Syrian war story, the people
hit in a Turkish border town were Syrian. The scene ends at a sentence naming another country or
a place of its own, and at a paragraph break. Twenty-ninth session, helper e1. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import agents

_LEAD = ("Berlin – Die Bundesregierung in Berlin hat am Montag ein neues Rentengesetz beschlossen. "
         "Die deutsche Opposition in Berlin kritisierte das Gesetz scharf. ")


@pytest.mark.parametrize("scene, follow, type_, side, code", [
    ("In Italien streikten am Dienstag die Lehrer.", "Die Regierung lehnte ihre Forderungen ab.",
     "REJECT", "source", "ITAGOV"),
    ("In der spanischen Stadt Bilbao demonstrierten Tausende Menschen.",
     "Die Polizei nahm am Abend zwölf Demonstranten fest.", "COERCE", "source", "ESPCOP"),
    ("In Frankreich wird seit Wochen über längere Arbeitszeiten gestritten.",
     "Die Gewerkschaften lehnten den Plan am Freitag ab.", "REJECT", "source", "FRALAB"),
])
def test_a_sentence_goes_on_where_the_sentence_before_set_the_scene(analyse_text, scene, follow, type_, side, code):
    acts = of_type(analyse_text(_LEAD + scene + " " + follow), type_)
    assert acts and codes(acts[-1][side]) == [code]


def test_the_scene_goes_on_over_sentences_that_name_no_other_country(analyse_text):
    text = _LEAD + ("In Italien streikten am Dienstag die Lehrer. Die Schulen blieben geschlossen. "
                    "Die Regierung lehnte ihre Forderungen ab.")
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and codes(acts[-1]["source"]) == ["ITAGOV"]


def test_a_sentence_naming_another_country_ends_the_scene(analyse_text):
    text = _LEAD + ("In Italien streikten am Dienstag die Lehrer. Auch der deutsche Botschafter "
                    "äußerte sich dazu. Die Regierung lehnte ihre Forderungen ab.")
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and codes(acts[-1]["source"]) == ["DEUGOV"]


def test_a_paragraph_break_ends_the_scene(analyse_text):
    text = _LEAD + "In Italien streikten am Dienstag die Lehrer.\n\nDie Regierung lehnte ihre Forderungen ab."
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and codes(acts[-1]["source"]) == ["DEUGOV"]


def test_a_time_opening_sets_no_scene(analyse_text):
    text = _LEAD + "Im März streikten die Lehrer in Rom. Die Regierung lehnte ihre Forderungen ab."
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and codes(acts[-1]["source"]) == ["DEUGOV"]


def test_without_the_rule_the_setting_takes_over(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "SCENE_CARRIES", False)
    text = _LEAD + "In Italien streikten am Dienstag die Lehrer. Die Regierung lehnte ihre Forderungen ab."
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and codes(acts[-1]["source"]) == ["DEUGOV"]
