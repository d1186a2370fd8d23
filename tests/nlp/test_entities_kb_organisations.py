"""Two lb_entities rules for organisation names (twenty-third session): a "person" whose whole
text the KB knows as an organisation is one (lagebild.nlp.entities.KB_ORG_NOT_PERSON), and an
organisation followed by its abbreviation in brackets takes in the words before it whose initials
the abbreviation opens with (ABBREVIATION_INITIALS). The model's spans are set by hand, so each
test fails when its rule is gone whatever the recogniser does. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from entity_helpers import cleaned as _cleaned


@pytest.mark.parametrize("text,first,n", [
    ("Am Montag legte Germanwatch einen neuen Klimaindex vor", "Germanwatch", 1),
    ("Nach Ansicht von Foodwatch sind die Grenzwerte zu hoch", "Foodwatch", 1),
    ("Auch Pro Asyl meldete sich zu Wort", "Pro", 2),
])
def test_a_known_organisation_read_as_a_person_is_an_organisation(ner_nlp, text, first, n):
    got = _cleaned(ner_nlp, text, [(first, n, "PER")])
    assert any(label == "ORG" and name.startswith(first) for name, label in got)


@pytest.mark.parametrize("text,first,n", [
    ("Die Reporterin Anna Germanwatch fragte nach", "Germanwatch", 1),   # after a first name
    ("Am Montag sprach Angela Merkel in Kiel", "Angela", 2),           # no organisation
])
def test_other_persons_stay_persons(ner_nlp, text, first, n):
    assert any(label == "PER" for _name, label in _cleaned(ner_nlp, text, [(first, n, "PER")]))


def test_a_word_of_a_longer_person_name_stays_a_person(ner_nlp):
    # "Wagner" is an organisation of the KB (the mercenary group); the document names the person
    got = _cleaned(ner_nlp, "Wagner schwieg dazu, sagte Bischof Gerhard Maria Wagner später",
                   [("Wagner", 1, "PER"), ("Gerhard", 3, "PER")])
    assert ("Wagner", "PER") in got


def test_a_region_is_no_organisation(ner_nlp):
    # "Europa" is a region of organisations.tsv (EUR), no body of its own
    got = _cleaned(ner_nlp, "Gestern sprach Europa mit einer Stimme", [("Europa", 1, "PER")])
    assert ("Europa", "ORG") not in got


@pytest.mark.parametrize("text,first,n,name", [
    ("Der Verein Freie Presse (VFP) lud zur Tagung", "Freie", 2, "Verein Freie Presse"),
    ("Laut Initiative Sauberes Wasser (ISW) ist der See belastet", "Sauberes", 2,
     "Initiative Sauberes Wasser"),
    ("Gestern klagte der Bund Freier Bürger (BFB) in Wien", "Freier", 2, "Bund Freier Bürger"),
])
def test_the_abbreviation_shows_where_the_name_begins(ner_nlp, text, first, n, name):
    assert (name, "ORG") in _cleaned(ner_nlp, text, [(first, n, "ORG")])


@pytest.mark.parametrize("text,first,n,name", [
    ("Der Verein Freie Presse (FP) lud zur Tagung", "Freie", 2, "Freie Presse"),     # the name's own
    ("Der Verein Freie Presse (XFP) lud zur Tagung", "Freie", 2, "Freie Presse"),    # other initials
    ("Der Verein Freie Presse - VFP - lud zur Tagung", "Freie", 2, "Freie Presse"),  # no brackets
])
def test_other_brackets_leave_the_span(ner_nlp, text, first, n, name):
    assert (name, "ORG") in _cleaned(ner_nlp, text, [(first, n, "ORG")])


def test_without_the_rules_the_model_spans_stay(ner_nlp, monkeypatch):
    import lagebild.nlp.entities as entities
    monkeypatch.setattr(entities, "KB_ORG_NOT_PERSON", False)
    monkeypatch.setattr(entities, "ABBREVIATION_INITIALS", False)
    got = _cleaned(ner_nlp, "Der Verein Freie Presse (VFP) lud zur Tagung", [("Freie", 2, "ORG")])
    assert ("Freie Presse", "ORG") in got
    got = _cleaned(ner_nlp, "Am Montag legte Germanwatch einen neuen Klimaindex vor", [("Germanwatch", 1, "PER")])
    assert not any(label == "ORG" for _name, label in got)
