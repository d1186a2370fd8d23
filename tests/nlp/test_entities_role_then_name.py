"""lb_entities' role-then-name rule (lagebild.nlp.entities.ROLE_THEN_NAME): an organisation or
person span that runs from a hyphenated role compound on into a person's name ("Human Rights
Watch-Sprecher Max Berger" as one ORG, as the weights of the twenty-third session tag it) is split
into the organisation with its role and the person. The model's spans are set by hand, so each
test fails when its rule is gone whatever the recogniser does. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from entity_helpers import cleaned as _cleaned


@pytest.mark.parametrize("text,first,n,expected", [
    ("Greenpeace-Sprecherin Anna Vogt widersprach dem Minister am Montag", "Greenpeace-Sprecherin", 3,
     [("Greenpeace-Sprecherin", "ORG"), ("Anna Vogt", "PER")]),
    ("Laut Ärzte ohne Grenzen-Chef Peter Lindner fehlen Medikamente", "Ärzte", 5,
     [("Ärzte ohne Grenzen-Chef", "ORG"), ("Peter Lindner", "PER")]),
    ("Gestern sagte Caritas-Präsident Josef Reiter in Linz , es fehle Geld", "Caritas-Präsident", 3,
     [("Caritas-Präsident", "ORG"), ("Josef Reiter", "PER")]),
])
def test_an_organisation_span_splits_before_the_person(ner_nlp, text, first, n, expected):
    got = _cleaned(ner_nlp, text, [(first, n, "ORG")])
    assert all(e in got for e in expected), got


def test_a_person_span_keeps_only_the_name(ner_nlp):
    got = _cleaned(ner_nlp, "Am Abend sprach WWF-Direktorin Karin Holm vor der Presse", [("WWF-Direktorin", 3, "PER")])
    assert ("Karin Holm", "PER") in got and not any("WWF" in t for t, _ in got)


@pytest.mark.parametrize("text,first,n,name", [
    # no first name after the role compound: the span is left as the model tagged it
    ("Der Unicef-Sprecher Genf meldete neue Zahlen", "Unicef-Sprecher", 2, "Unicef-Sprecher Genf"),
    # no role noun in the hyphenated word
    ("Die Max-Planck-Gesellschaft Anna Vogt Stiftung tagte", "Max-Planck-Gesellschaft", 4,
     "Max-Planck-Gesellschaft Anna Vogt Stiftung"),
])
def test_other_spans_stay(ner_nlp, text, first, n, name):
    assert (name, "ORG") in _cleaned(ner_nlp, text, [(first, n, "ORG")])


def test_without_the_rule_the_person_is_part_of_the_organisation(ner_nlp, monkeypatch):
    import lagebild.nlp.entities as entities
    monkeypatch.setattr(entities, "ROLE_THEN_NAME", False)
    got = _cleaned(ner_nlp, "Greenpeace-Sprecherin Anna Vogt widersprach dem Minister am Montag",
                   [("Greenpeace-Sprecherin", 3, "ORG")])
    assert ("Greenpeace-Sprecherin Anna Vogt", "ORG") in got
