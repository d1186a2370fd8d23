"""The clause that resumes after a relative clause with its finite verb ("Ein Gesetz, das …, wurde
gestoppt") has its subject before the relative clause: a trigger's object words (obj= in
triggers.tsv) are found there too, but not inside the relative clause, whose words tell about the
noun. Twenty-second session (F2): found by counting why silent gold events were missed (obj=
conditions). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    # a passive: the law stopped is the subject before the relative clause
    ("Das Gesetz, das die Renten kürzen sollte, wurde vom Verfassungsgericht gestoppt.", "REJECT"),
    # the thrown incendiaries stand before the relative clause
    ("Brandsätze, die aus alten Flaschen gebaut waren, wurden gegen die Polizeiwache geworfen.", "ASSAULT"),
])
def test_the_object_word_before_the_relative_clause_counts(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1


def test_the_relative_clause_own_words_do_not_count(analyse_text):
    # "Zahlungen" inside the relative clause would make "gestoppt" a stop of payments (SANCTION)
    evs = analyse_text("Ein Gesetz, das die Zahlungen regeln sollte, wurde vom Präsidenten gestoppt.")
    assert [e["type"] for e in evs] == ["REJECT"]


def test_a_part_with_a_verb_of_its_own_is_no_subject(analyse_text):
    # "Der Minister lobte das Gesetz" is a clause: its object is not the stopped thing
    evs = analyse_text("Der Minister lobte das Gesetz, das viel kostete, wurde dann aber gestoppt.")
    assert of_type(evs, "REJECT") == []


def test_without_the_rule_the_resumed_verb_finds_no_object(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RESUMED_OBJECTS", False)
    evs = analyse_text("Das Gesetz, das die Renten kürzen sollte, wurde vom Verfassungsgericht gestoppt.")
    assert of_type(evs, "REJECT") == []
