"""A German main clause has one phrase before its finite verb. When that phrase is prepositional, an
actor inside it (its genitive or von-attribute) is no subject: "Bei einer Kundgebung der Opposition
hat die Polizei zwanzig Menschen festgenommen" is the police's arrest (VORFELD_PP_NO_SUBJECT).
Twentieth session, found in gnad1 ("Bei einer Kundgebung von ukrainischen Rechtsextremisten in Kiew
hat die Polizei ... festgenommen" was UKRREB > UKRCOP). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source", [
    ("Bei einer Kundgebung der Opposition in Minsk hat die Polizei zwanzig Menschen festgenommen.",
     "COERCE", ["BLRCOP"]),
    ("Bei einer Demonstration von Studenten in Minsk hat die Polizei zwanzig Menschen festgenommen.",
     "COERCE", ["BLRCOP"]),
    ("Nach einem Treffen der Außenminister in Paris kritisierte die Türkei die Europäische Union.",
     "DISAPPROVE", ["TUR"]),
])
def test_an_actor_inside_the_opening_phrase_is_no_subject(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_a_relative_clause_after_its_preposition_is_no_first_field(analyse_text):
    acts = of_type(analyse_text("Die Regierung lehnte den Plan ab, mit dem die Opposition die Polizei stärken wollte."),
                   "REJECT")
    assert acts and codes(acts[0]["source"]) == ["GOV"]


def test_without_the_rule_the_attribute_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "VORFELD_PP_NO_SUBJECT", False)
    # GENITIVE_ARTICLE_INSIDE (merged in the same session) also keeps this genitive out of the subject
    monkeypatch.setattr(extract, "GENITIVE_ARTICLE_INSIDE", False)
    acts = of_type(analyse_text(
        "Bei einer Kundgebung der Opposition in Minsk hat die Polizei zwanzig Menschen festgenommen."), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["BLROPP"]
