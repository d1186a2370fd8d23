"""lb_entities' run-on rule (lagebild.nlp.entities.RUN_ON_NAMES): a person, place or organisation
span that runs on past the name is cut back. The model's spans are set by hand, so each test fails
when its rule is gone whatever the recogniser does. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from entity_helpers import cleaned as _cleaned


@pytest.mark.parametrize("text,first,n,label,name", [
    ("In Graz versorgte die Diakonie afghanische Familien mit Essen", "Diakonie", 3, "ORG", "Diakonie"),
    ("Gestern empfing Sabine Kunz ukrainische Schüler im Rathaus", "Sabine", 4, "PER", "Sabine Kunz"),
])
def test_a_name_stops_before_a_nationality_adjective(ner_nlp, text, first, n, label, name):
    assert (name, label) in _cleaned(ner_nlp, text, [(first, n, label)])


@pytest.mark.parametrize("text,first,name", [
    ("Der Bundesverband deutscher Zeitungsverleger tagte in Bonn", "Bundesverband",
     "Bundesverband deutscher Zeitungsverleger"),
    ("Die Vereinigung österreichischer Industrieller lud ein", "Vereinigung",
     "Vereinigung österreichischer Industrieller"),
])
def test_a_genitive_plural_adjective_stays_in_an_association_name(ner_nlp, text, first, name):
    assert _cleaned(ner_nlp, text, [(first, 3, "ORG")])[0] == (name, "ORG")


@pytest.mark.parametrize("text,first,name", [
    ("Im Senat scheiterte Obamas Gesetz am Widerstand der Republikaner", "Obamas", "Obamas"),
    ("Die Abgeordneten lehnten Merkels Vorschlag ab", "Merkels", "Merkels"),
])
def test_a_genitive_name_and_its_noun_become_the_person(ner_nlp, text, first, name):
    assert (name, "PER") in _cleaned(ner_nlp, text, [(first, 2, "ORG")])


def test_without_the_rule_the_span_runs_on(ner_nlp, monkeypatch):
    import lagebild.nlp.entities as entities
    monkeypatch.setattr(entities, "RUN_ON_NAMES", False)
    got = _cleaned(ner_nlp, "In Graz versorgte die Diakonie afghanische Familien mit Essen", [("Diakonie", 3, "ORG")])
    assert ("Diakonie afghanische Familien", "ORG") in got
