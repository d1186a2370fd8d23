"""lb_entities' lower-case MISC rule (lagebild.nlp.entities.LOWER_MISC_NEEDS_SCH): a one-word MISC
in lower case stays only when a name can derive it, i.e. a listed nationality adjective or an -isch
form. The model sometimes tags adjectives whose letters resemble one ("ölreichen" beside
"österreichischen"). The model's spans are set by hand, so each test fails when the rule is gone
whatever the recogniser does. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import cleaned


@pytest.mark.parametrize("text,word", [
    ("Das ölreiche Land verkauft seine Vorräte an die Nachbarn.", "ölreiche"),
    ("In der waldreichen Gegend wurde ein Feuer gelegt.", "waldreichen"),
    ("Der erfolgreiche Unternehmer eröffnete ein zweites Werk.", "erfolgreiche"),
    ("Die nordwestliche Region meldet starken Regen.", "nordwestliche"),
])
def test_a_lower_case_word_no_name_derives_is_no_name(ner_nlp, text, word):
    assert cleaned(ner_nlp, text, [(word, 1, "MISC")]) == []


@pytest.mark.parametrize("text,word", [
    ("Die österreichischen Behörden schlossen die Grenze.", "österreichischen"),
    ("Der bayerische Landtag tagte am Montag.", "bayerische"),
    ("Die gotische Kirche wurde renoviert.", "gotische"),
    ("Die deutschen Firmen investieren im Ausland.", "deutschen"),
    ("Die deutsch-polnische Grenze ist offen.", "deutsch-polnische"),
])
def test_a_derived_adjective_stays_misc(ner_nlp, text, word):
    assert cleaned(ner_nlp, text, [(word, 1, "MISC")]) == [(word, "MISC")]


def test_a_capitalised_misc_is_left_alone(ner_nlp):
    text = "Der Film Sonnenreich lief im Kino."
    assert cleaned(ner_nlp, text, [("Sonnenreich", 1, "MISC")]) == [("Sonnenreich", "MISC")]


def test_without_the_rule_the_model_span_stays(ner_nlp, monkeypatch):
    import lagebild.nlp.entities as entities
    monkeypatch.setattr(entities, "LOWER_MISC_NEEDS_SCH", False)
    text = "Das ölreiche Land verkauft seine Vorräte an die Nachbarn."
    assert cleaned(ner_nlp, text, [("ölreiche", 1, "MISC")]) == [("ölreiche", "MISC")]
