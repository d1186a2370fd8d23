"""A noun of an organisation's kind right before a name the KB knows as an organisation is no part
of that name (lagebild.nlp.entities.KIND_BEFORE_KB_ORG, twenty-eighth session): "die Organisation
Attac", "die Kurdenpartei HDP". A span the model opens with the noun is cut to the name, so the
actor stage finds the organisation; a name the model left untagged after such a noun becomes ORG,
so a passive's agent ("von der Organisation Attac") is no longer lost. The model's spans are set by
hand, so each test fails when the rule is gone whatever the recogniser does. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import cleaned as _cleaned

from lagebild.nlp import entities


@pytest.mark.parametrize("text,first,n,name", [
    ("Am Samstag protestierte die Organisation Attac vor dem Rathaus", "Organisation", 2, "Attac"),
    ("Bei der Wahl legte die Kurdenpartei HDP deutlich zu", "Kurdenpartei", 2, "HDP"),
    ("Auch die Umweltorganisation Greenpeace meldete sich am Abend", "Umweltorganisation", 2, "Greenpeace"),
])
def test_a_span_over_the_kind_noun_is_cut_to_the_name(ner_nlp, text, first, n, name):
    got = _cleaned(ner_nlp, text, [(first, n, "ORG")])
    assert (name, "ORG") in got
    assert not any(label == "ORG" and span.startswith(first) for span, label in got)


@pytest.mark.parametrize("text,name", [
    ("Der Plan wurde von der Organisation Attac heftig angegriffen", "Attac"),
    ("Ein Bericht der Meeresschutzorganisation Oceana liegt nun vor", "Oceana"),
])
def test_an_untagged_name_after_the_kind_noun_becomes_an_organisation(ner_nlp, text, name):
    assert (name, "ORG") in _cleaned(ner_nlp, text, [])


def test_a_name_no_organisation_of_the_kb_is_left_alone(ner_nlp):
    # "Müller" is no organisation of the KB: the model's span stays as it is
    got = _cleaned(ner_nlp, "Gestern sprach die Organisation Müller vor Gericht", [("Organisation", 2, "ORG")])
    assert ("Organisation Müller", "ORG") in got


def test_without_the_rule_the_model_span_stays(ner_nlp, monkeypatch):
    monkeypatch.setattr(entities, "KIND_BEFORE_KB_ORG", False)
    got = _cleaned(ner_nlp, "Am Samstag protestierte die Organisation Attac vor dem Rathaus",
                   [("Organisation", 2, "ORG")])
    assert ("Organisation Attac", "ORG") in got and ("Attac", "ORG") not in got
