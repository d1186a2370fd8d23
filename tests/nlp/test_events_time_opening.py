"""A span of time that opens a clause ("Acht Jahre nach dem Tod …", "Zwei Tage nach der Wahl …")
is an adverbial, so the actor after the finite verb is the subject. Fifteenth session; every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source", [
    ("Acht Jahre nach dem Tod des Präsidenten ermittelt die Staatsanwaltschaft gegen den Minister.",
     "DISAPPROVE", ["JUD"]),
    ("Zwei Tage nach der Wahl kritisierte die Opposition das Ergebnis scharf.", "DISAPPROVE", ["OPP"]),
    ("Wenige Stunden nach dem Anschlag nahm die Polizei zwei Verdächtige fest.", "COERCE", ["COP"]),
])
def test_the_actor_after_the_verb_is_the_doer(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts and actor_codes(acts[0]["source"]) == source


def test_without_the_rule_the_time_span_hides_the_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TIME_OPENING", False)
    text = "Acht Jahre nach dem Tod des Präsidenten ermittelt die Staatsanwaltschaft gegen den Minister."
    acts = of_type(analyse_text(text), "DISAPPROVE")
    # (the named Staatsanwaltschaft is lost; an unnamed investigator defaults to JUD, defaults.tsv)
    assert acts and (actor_codes(acts[0]["source"]) != ["JUD"]
                     or all(a.get("role_from") == "default" for a in acts[0]["source"]))
