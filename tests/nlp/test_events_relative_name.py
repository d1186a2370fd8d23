"""A relative pronoun "der"/"die"/"das" followed at once by a named actor, in a clause that ends
with its verb, is the relative clause's subject; the name is the object ("Merkel traf Sarkozy, der
Russland kritisiert hatte" is FRAGOV > RUS). A reported main clause after a comma ("…, die USA
würden … verbieten") is no relative clause. Eighteenth session, found probing relative clauses with
sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Merkel traf Sarkozy, der Russland kritisiert hatte.", "DISAPPROVE", ["FRAGOV"], ["RUS"]),
    ("Obama, der Merkel am Montag getroffen hatte, kritisierte Russland.", "CONSULT", ["USAGOV"], ["DEUGOV"]),
    ("Die Opposition lobte Frankreich, das Israel scharf kritisiert hatte.", "DISAPPROVE", ["FRA"], ["ISR"]),
    ("Sarkozy lobte Obama, der Russland am Montag kritisiert hatte.", "DISAPPROVE", ["USAGOV"], ["RUS"]),
])
def test_the_pronoun_before_a_name_is_the_subject(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_a_reported_main_clause_is_no_relative_clause(analyse_text):
    acts = of_type(analyse_text("Merkel erklärte, die USA würden Russland kritisieren."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["USA"]


def test_without_the_rule_the_name_is_the_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NAME_AFTER_RELATIVE", False)
    acts = of_type(analyse_text("Merkel traf Sarkozy, der Russland kritisiert hatte."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["RUS"]
