"""lb_entities' compound rule (lagebild.nlp.entities.PER_COMPOUND_NOT_NAME): a one-word person
span that is a German compound ending in a frequent word no name list knows is no name. The
model's spans are set by hand, so each test fails when its rule is gone whatever the recogniser
does. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import cleaned as _cleaned


@pytest.mark.parametrize("text,word", [
    ("Am Bahnhof rief ein Zeitungsverkäufer die Schlagzeilen aus", "Zeitungsverkäufer"),
    ("Ein Lokalpolitiker forderte mehr Busse für die Vororte", "Lokalpolitiker"),
    ("Zuerst meldete der „ Stadtrundfunk “ den Stau", "Stadtrundfunk"),
])
def test_one_word_person_that_is_a_compound_noun_is_no_name(ner_nlp, text, word):
    assert _cleaned(ner_nlp, text, [(word, 1, "PER")]) == []


@pytest.mark.parametrize("text,word", [
    ("Friedländer erinnerte in seiner Rede an die Opfer", "Friedländer"),  # a listed surname
    ("Rosenstern lehnte eine Stellungnahme ab", "Rosenstern"),      # last part a name ("Stern")
])
def test_family_name_stays_a_person(ner_nlp, text, word):
    assert _cleaned(ner_nlp, text, [(word, 1, "PER")]) == [(word, "PER")]


def test_compound_inside_a_longer_person_name_is_untouched(ner_nlp):
    assert _cleaned(ner_nlp, "Die Rede hielt Jana Lokalpolitiker am Abend",
                    [("Jana", 2, "PER")]) == [("Jana Lokalpolitiker", "PER")]


def test_compound_tagged_as_organisation_is_untouched(ner_nlp):
    assert _cleaned(ner_nlp, "Zuerst meldete der „ Stadtrundfunk “ den Stau",
                    [("Stadtrundfunk", 1, "ORG")]) == [("Stadtrundfunk", "ORG")]


def test_rule_off_keeps_the_person(ner_nlp, monkeypatch):
    import lagebild.nlp.entities as entities
    monkeypatch.setattr(entities, "PER_COMPOUND_NOT_NAME", False)
    assert _cleaned(ner_nlp, "Ein Lokalpolitiker forderte mehr Busse für die Vororte",
                    [("Lokalpolitiker", 1, "PER")]) == [("Lokalpolitiker", "PER")]
