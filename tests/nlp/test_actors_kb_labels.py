"""lb_actors' label corrections from the curated KB (lagebild.nlp.actors.kb_labels), on entity
labels set by hand, so that each test fails when its rule is gone whatever the recogniser does.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span


@pytest.fixture(scope="module")
def kb():
    from lagebild.kb.lookup import default_kb
    return default_kb()


def _relabel(full_nlp, kb, text: str, word: str, label: str) -> list[tuple[str, str]]:
    from lagebild.nlp.actors import kb_labels
    doc = full_nlp.make_doc(text)
    i = [t.text for t in doc].index(word)
    doc.ents = [Span(doc, i, i + 1, label=label)]
    kb_labels(kb, doc, "2008-06-10")
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text,word", [
    ("Washington verhängte neue Sanktionen gegen Kuba.", "Washington"),
    ("Moskau kritisierte die Entscheidung am Montag scharf.", "Moskau"),
])
def test_capital_acting_as_government_is_no_person(full_nlp, kb, text, word):
    assert _relabel(full_nlp, kb, text, word, "PER") == [(word, "LOC")]


@pytest.mark.parametrize("text,word", [
    ("Über Stanleys Kindheit ist wenig bekannt.", "Stanleys"),
    ("Washington lebte lange auf einer Farm in Virginia.", "Washington"),
])
def test_person_named_like_a_place_stays_a_person_outside_political_acts(full_nlp, kb, text, word):
    assert _relabel(full_nlp, kb, text, word, "PER") == [(word, "PER")]
