"""A note in brackets after a person that names no actor the entity recogniser found ("Peter Pilz
(Grüne)") splits no clause: "Der Abgeordnete Peter Pilz (Grüne) kritisierte die Regierung" was
GOV > nobody (extract.PAREN_UNNAMED_NOTE). Nineteenth session, found on gnad1 (an Austrian Green
MP). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _critic(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    return [a.get("name") for a in acts[0]["source"]]


@pytest.mark.parametrize("text, name", [
    ("Der Abgeordnete Peter Pilz (Grüne) kritisierte die Regierung.", "Peter Pilz"),
    ("Die Abgeordnete Maria Huber (Grüne) kritisierte den Minister.", "Maria Huber"),
    ("Der Wirt Ahmed Demir (Name geändert) kritisierte die Polizei.", "Ahmed Demir"),
    ("Der Abgeordnete Peter Pilz (links im Bild) kritisierte die Regierung.", "Peter Pilz"),
])
def test_the_person_before_the_note_is_the_subject(analyse_text, text, name):
    assert _critic(analyse_text, text) == [name]


def test_a_place_in_brackets_still_is_no_note(analyse_text):
    # a note naming an actor (here a country) is left to PAREN_AFTER_ACTOR's rules
    acts = of_type(analyse_text("Jean Dupont (Frankreich) kritisierte die Regierung."), "DISAPPROVE")
    assert acts


def test_without_the_rule_the_note_splits_the_clause(analyse_text, monkeypatch):
    # Twenty-third session: the note was "(Grüne)"; the candidate weights (ship7-s1) give Pilz the
    # Greens' seat (DEULEG) without the rule, so the note split nothing there. A note that names no
    # party (a photo caption's, written for this test) splits the clause with both weights when the
    # rule is off (the government criticises nobody) and not when it is on (the parametrized test)
    monkeypatch.setattr(extract, "PAREN_UNNAMED_NOTE", False)
    assert _critic(analyse_text, "Der Abgeordnete Peter Pilz (links im Bild) kritisierte die Regierung.") != ["Peter Pilz"]
