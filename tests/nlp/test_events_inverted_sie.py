"""A "sie" right after the finite verb of a verb-second clause ("Am Abend nahm sie acht Verdächtige
fest") is the clause's subject when the actor after it cannot be (its number differs from the verb's)
or when it stands for a body named just before ("Die Opposition … Am Freitag kritisierte sie die
Regierung"); the actors after it are objects. Twenty-first session, F9; found reading lagebild's
output on 10kGNAD articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Die Polizei fahndete in Graz nach den Tätern. Am Abend nahm sie acht Verdächtige fest.",
     "COERCE", ["AUTCOP"], ["AUTCVL"]),
    ("Die Polizei ermittelte in Linz. Später nahm sie zwei Männer fest.", "COERCE", ["AUTCOP"], ["AUTCVL"]),
])
def test_a_plural_after_sie_is_no_subject_of_a_singular_verb(analyse_text, text, kind, source, target):
    acts = [e for e in of_type(analyse_text(text), kind) if e["trigger"]["text"] == "nahm"]
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Die Opposition versammelte sich in Warschau. Am Freitag kritisierte sie die Regierung.",
     "DISAPPROVE", ["POLOPP"], ["POLGOV"]),
    ("Die ukrainische Regierung tagte am Montag. Danach verurteilte sie Russland scharf.",
     "DISAPPROVE", ["UKRGOV"], ["RUS"]),
])
def test_sie_after_the_verb_stands_for_the_body_named_before(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text", [
    "Die Polizei umzingelte das Gebäude und nahm sie fest.",  # after "und": the shared subject's object
    "Die Regierung in Kiew schwieg. Dann wurde sie von Russland kritisiert.",  # a passive's "sie"
])
def test_sie_after_und_or_a_passive_is_no_doer(analyse_text, text):
    acts = [e for e in analyse_text(text) if e["trigger"]["text"] in ("nahm", "kritisiert")]
    assert acts
    assert "UKRGOV" not in actor_codes(acts[0]["source"]) and "CVL" not in actor_codes(acts[0]["source"])


def test_without_the_rule_the_actor_after_sie_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "INVERTED_SIE", False)
    acts = of_type(analyse_text("Die Opposition versammelte sich in Warschau. Am Freitag kritisierte sie die Regierung."),
                   "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["POLGOV"]
