"""A bare plural noun that opens a clause and agrees with the plural verb after it ("Experten
kritisierten Russland") is the clause's subject though it names no actor: the actor after the verb
is the target, not the source. Twenty-second session, helper F4 (the source side of events whose
type is right). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, target", [
    ("Experten kritisierten Russland wegen der Angriffe.", "DISAPPROVE", ["RUS"]),
    ("Beobachter werfen Russland Wahlbetrug vor.", "DISAPPROVE", ["RUS"]),
])
def test_a_bare_plural_subject_leaves_the_actor_after_the_verb_the_target(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target
    assert "RUS" not in actor_codes(acts[0]["source"])


@pytest.mark.parametrize("text, kind, source, target", [
    # a plural before a singular verb is a fronted object: the actor after the verb is the subject
    ("Waffen lieferte Russland an Syrien.", "AID", ["RUS"], ["SYR"]),
    # a singular opening is an adverb, not a subject
    ("Gestern kritisierte Frankreich die Türkei.", "DISAPPROVE", ["FRA"], ["TUR"]),
])
def test_a_fronted_object_or_adverb_is_no_subject(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_actor_after_the_verb_is_the_source(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BARE_NOUN_SUBJECT", False)
    acts = of_type(analyse_text("Experten kritisierten Russland wegen der Angriffe."), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["RUS"]
