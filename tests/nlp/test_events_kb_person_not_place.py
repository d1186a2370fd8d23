"""A place or organisation span whose whole text is a person of the KB and nothing else the KB
knows becomes a person (lagebild.nlp.entities.KB_PERSON_NOT_PLACE, twenty-eighth session).

The model reads foreign surnames as places or bodies ("Zapatero" LOC, "Lula" ORG, the "Guttenberg"
of "zu Guttenberg" LOC); such a "place" was no party of the events, and the clause's subject went to
a default. A particle in front that the KB names the person with ("zu Guttenberg") is taken in, so
that "Zu Guttenberg trat zurück" is not read as a phrase of the preposition "zu". A place preposition
among the two words before the span leaves its label. The model's spans are set by hand, so each
test fails when the rule is gone whatever the recogniser does. Every sentence is written for these
tests.
"""

from __future__ import annotations

import pytest
from entity_helpers import cleaned as _cleaned


@pytest.mark.parametrize("text,first,n,label", [
    ("Am Abend widersprach Zapatero seinem Herausforderer", "Zapatero", 1, "LOC"),
    ("Gestern verteidigte Lula seine Amtszeit", "Lula", 1, "ORG"),
    ("Den Plan lehnte Tsipras am Dienstag ab", "Tsipras", 1, "LOC"),
])
def test_a_known_person_read_as_a_place_or_body_is_a_person(ner_nlp, text, first, n, label):
    assert (first, "PER") in _cleaned(ner_nlp, text, [(first, n, label)])


def test_the_particle_the_kb_names_him_with_is_taken_in(ner_nlp):
    got = _cleaned(ner_nlp, "Zu Guttenberg wies die Kritik am Freitag zurück", [("Guttenberg", 1, "LOC")])
    assert ("Zu Guttenberg", "PER") in got


@pytest.mark.parametrize("text,first,n,label", [
    ("Der Ausflug führte sie im Sommer nach Zapatero", "Zapatero", 1, "LOC"),  # a place preposition
    ("Am Montag tagte die Organisation in Genf", "Genf", 1, "LOC"),             # a place of the KB
    ("Gestern kritisierte Amnesty den Entwurf", "Amnesty", 1, "ORG"),           # no person of the KB
])
def test_other_places_and_bodies_keep_their_label(ner_nlp, text, first, n, label):
    assert (first, label) in _cleaned(ner_nlp, text, [(first, n, label)])


def test_without_the_rule_the_label_stays(ner_nlp, monkeypatch):
    from lagebild.nlp import entities
    monkeypatch.setattr(entities, "KB_PERSON_NOT_PLACE", False)
    got = _cleaned(ner_nlp, "Am Abend widersprach Zapatero seinem Herausforderer", [("Zapatero", 1, "LOC")])
    assert ("Zapatero", "LOC") in got
