"""A meeting verb whose subject's place holds a thing, neither an actor nor an act ("Der Taifun
traf die Philippinen", "Die Krise trifft Griechenland hart"), meets nobody: it hits. A person or a
group named by an actor's genitive still meets. Eighteenth session, found probing verb-second
clauses with sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Taifun traf die Philippinen am Montag.",
    "Die Krise trifft Griechenland besonders hart.",
    "Die Kürzungen treffen die Opposition.",
    "Das Erdbeben traf vor allem den Süden Italiens.",
])
def test_a_thing_meets_nobody(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text, source, target", [
    ("Merkel traf am Montag Sarkozy.", ["DEUGOV"], ["FRAGOV"]),
    ("Vertreter der Opposition trafen am Montag Merkel.", ["DEUOPP"], ["DEUGOV"]),
    ("Eine Delegation der EU traf Obama.", ["IGOEUREEC"], ["USAGOV"]),
    ("Die Ministerin traf Vertreter der Rebellen.", ["GOV"], ["REB"]),
])
def test_actors_still_meet(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "CONSULT")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_storm_meets(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "THING_MEETS_NOBODY", False)
    assert of_type(analyse_text("Der Taifun traf die Philippinen am Montag."), "CONSULT")
