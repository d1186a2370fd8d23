"""lb_actors' rule URL_NEIGHBOUR_PERSON (lagebild.nlp.actors.kb_labels): a one-word MISC right before
or after a web address (the debris of an embedded tweet) that the KB knows only as a person is that
person. The recogniser's labels are set by hand, so each test fails when its rule is gone whatever
the recogniser does (the weights trained on the own sentences tag "#Westerwelle https://t.co/…
Westerwelle" MISC twice; the shipped ones PER). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span


@pytest.fixture(scope="module")
def kb():
    from lagebild.kb.lookup import default_kb
    return default_kb()


def _relabel(full_nlp, kb, text: str, word: str, label: str = "MISC") -> list[tuple[str, str]]:
    """kb_labels on ``text`` with every ``word`` tagged ``label``."""
    from lagebild.nlp.actors import kb_labels
    doc = full_nlp.make_doc(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label=label) for t in doc if t.text == word]
    kb_labels(kb, doc, "2014-06-10")
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text,word", [
    ("Viele teilten den Beitrag #Seehofer https://t.co/Qw12Er Seehofer sprach von einem Fehler.", "Seehofer"),
    ("Der Eintrag endete mit pic.twitter.com/Zz9Yy8 Steinmeier warnte vor neuen Sanktionen.", "Steinmeier"),
])
def test_a_person_next_to_a_web_address_is_a_person(full_nlp, kb, text, word):
    got = _relabel(full_nlp, kb, text, word)
    assert got and all(lab == "PER" for _, lab in got)


@pytest.mark.parametrize("text,word", [
    # no person of the KB: the label stays
    ("Viele teilten den Beitrag #Brexit https://t.co/Qw12Er und stritten weiter.", "Brexit"),
    # a place of the KB: the label stays
    ("Das Video zeigte pic.twitter.com/Ab3Cd4 Paris bei Nacht.", "Paris"),
    # no web address next to it: the label stays
    ("Die Ausstellung Seehofer und die Folgen lief in München.", "Seehofer"),
])
def test_other_words_keep_their_label(full_nlp, kb, text, word):
    assert _relabel(full_nlp, kb, text, word) == [(word, "MISC")]


def test_without_the_rule_the_person_stays_misc(full_nlp, kb, monkeypatch):
    from lagebild.nlp import actors
    monkeypatch.setattr(actors, "URL_NEIGHBOUR_PERSON", False)
    text = "Viele teilten den Beitrag #Seehofer https://t.co/Qw12Er Seehofer sprach von einem Fehler."
    assert _relabel(full_nlp, kb, text, "Seehofer") == [("Seehofer", "MISC"), ("Seehofer", "MISC")]
