"""A main clause that resumes with its finite verb after a relative clause has the subject that
stands before the relative clause; the actor after the verb is its object ("Obama, der Merkel
getroffen hatte, kritisierte Russland" is USAGOV > RUS). A place, an accusative opening or a
prepositional phrase before the relative clause is no subject. Eighteenth session, found probing
relative clauses with sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Obama, der Merkel am Montag getroffen hatte, kritisierte Russland.", "DISAPPROVE", ["USAGOV"], ["RUS"]),
    ("Sarkozy, der am Montag in Berlin war, kritisierte Obama.", "DISAPPROVE", ["FRAGOV"], ["USAGOV"]),
    ("Die Opposition, die die Wahl verloren hatte, beschuldigte die Regierung des Wahlbetrugs.",
     "DISAPPROVE", ["OPP"], ["GOV"]),
])
def test_the_subject_stands_before_the_relative_clause(analyse_text, text, kind, source, target):
    acts = [a for a in of_type(analyse_text(text), kind) if codes(a["target"]) == target]
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_an_accusative_opening_is_no_subject(analyse_text):
    acts = of_type(analyse_text("Den Präsidenten, dessen Partei verloren hatte, kritisierte Obama scharf."),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["USAGOV"]


def test_without_the_rule_the_object_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RESUMED_SUBJECT_OBJECTS", False)
    acts = of_type(analyse_text("Obama, der Merkel am Montag getroffen hatte, kritisierte Russland."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) != ["USAGOV"]
