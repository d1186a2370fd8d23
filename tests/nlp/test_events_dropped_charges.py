"""A charge or proceedings dropped are a concession to the accused, not a charge: "hatte die Anklage fallen
gelassen" (the participle written apart from its particle, which the separable verb fallen|lassen does not
match) was a DISAPPROVE on "Anklage" and now is CONCEDE, like "ließ die Anklage fallen"; "ein Verfahren
gegen X wurde eingestellt", "die Einstellung des Verfahrens" no longer start proceedings (DISAPPROVE
`allege` on "Verfahren": dev, dev2, gnad5, all three removed predictions wrong). Data lines in
triggers.tsv. Twenty-fifth session, helper e11. Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest
from event_helpers import of_type

_DROPPED = [
    "Berlin – Die Staatsanwaltschaft hatte die Anklage gegen den Bürgermeister im Mai fallen gelassen.",
    "Berlin – Der Vorwurf der Untreue ist inzwischen fallen gelassen worden.",
]


@pytest.mark.parametrize("text", _DROPPED)
def test_a_charge_dropped_is_a_concession(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "CONCEDE") and not of_type(evs, "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Berlin – Das Verfahren gegen den Bürgermeister wurde im Mai eingestellt.",
    "Berlin – Der Anwalt begrüßte die Einstellung des Verfahrens gegen seinen Mandanten.",
])
def test_proceedings_stopped_are_no_charge(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Berlin – Die Staatsanwaltschaft hat ein Verfahren gegen den Bürgermeister eröffnet.",
    "Berlin – Die Partei ließ ihren Kandidaten nach der Affäre fallen.",
])
def test_proceedings_opened_stay_a_charge_and_a_person_dropped_is_no_concession(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "CONCEDE")
    if "eröffnet" in text:
        assert of_type(evs, "DISAPPROVE")


def test_without_the_line_the_charge_dropped_is_missed(analyse_text, full_nlp, monkeypatch):
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex

    def old(table):
        return MappingProxyType({k: tuple(h for h in v if not (h[0].lemma == "lassen" and h[0].type == "CONCEDE"))
                                 for k, v in table.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=old(lex.verb_forms), noun_forms=old(lex.noun_forms),
                                                       noun_heads=old(lex.noun_heads)))
    assert not of_type(analyse_text(_DROPPED[0]), "CONCEDE")
