"""A news agency's dateline ("Raqqa –", "Sofia/Wien –": the name that opens the text or a sentence
before a dash) names a place, but the recogniser tags some as persons ("per:raqqa"): such a
person cast no vote for the article's setting, and the unnamed doers and victims of the story
took the home country or none (an IS kidnapping filed from Raqqa had Norwegian rebels). A person
the knowledge base does not know, in a dateline's position, whose name its cities or towns know,
is that place (mentions.DATELINE_PLACES); each city of a slashed dateline is one. Session 29,
helper r2. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions
from lagebild.nlp.events.mentions import Mention

_STORIES = [
    ("Raqqa – Bewaffnete haben am Montag zwei Reporter entführt. Die Polizei sucht nach den Tätern. "
     "Die Familien bangen um die Männer.", ["SYRREB"]),
    ("Raqqa – Kämpfer haben am Dienstag drei Lehrer verschleppt. Die Angehörigen hoffen auf ein "
     "Lebenszeichen.", ["SYRREB"]),
]


@pytest.mark.parametrize("text, source", _STORIES)
def test_a_dateline_tagged_as_a_person_sets_the_story_in_its_country(analyse_text, text, source):
    kidnappings = of_type(analyse_text(text), "ASSAULT")
    assert kidnappings and codes(kidnappings[0]["source"]) == source


def test_without_the_rule_the_dateline_sets_nothing(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "DATELINE_PLACES", False)
    kidnappings = of_type(analyse_text(_STORIES[0][0]), "ASSAULT")
    assert kidnappings and codes(kidnappings[0]["source"]) != ["SYRREB"]


def _person(start: int, end: int, name: str) -> Mention:
    return Mention(start, end, name, None, None, "entity", "per:" + name.lower().replace(" ", "-"))


def test_each_city_of_a_slashed_dateline_becomes_a_place():
    texts = "Sofia / Wien – Die Regierungen beraten .".split()
    out = mentions._dateline_places(texts, [_person(0, 3, "Sofia Wien")])
    assert [(m.start, m.end, m.country, m.kind) for m in out] == [(0, 1, "BGR", "city"), (2, 3, "AUT", "city")]


@pytest.mark.parametrize("words, span", [
    ("Die Polizei nahm Raqqa – so der Spitzname – fest .", (3, 4)),   # not opening a sentence
    ("Raqqa sagte am Montag , er komme .", (0, 1)),                   # no dash after it
    ("Qwertzhausen – Ein Bauer hat geklagt .", (0, 1)),               # no place of that name
])
def test_only_a_known_place_in_a_dateline_position_is_replaced(words, span):
    texts = words.split()
    person = _person(span[0], span[1], texts[span[0]])
    assert mentions._dateline_places(texts, [person]) == [person]
