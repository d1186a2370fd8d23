"""A penalty named by the plain noun "Strafe" (or a compound of it, "EU-Strafe") with a verb of imposing,
serving or getting away with it, and a "Geldbuße", are a sentence (SANCTION, through COERCE convict like
"Geldstrafe"): "droht eine Geldbuße", "es könnte eine Strafe verhängt werden", "kam mit einer bedingten
Strafe davon", "eine Strafe verbüßen" were missed (dev, gnad3, gnad4, gnad5: 5 of 6 added predictions
right). Without such a verb the noun names no sentence: "Die Höchststrafe beträgt fünf Jahre", "eine Strafe
Gottes". Data lines in triggers.tsv. Twenty-fifth session, helper e2. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

_PENALTIES = [
    "Wien – Dem Konzern droht eine Geldbuße in Millionenhöhe.",
    "Wien – Das Gericht verhängte eine Strafe gegen den Bürgermeister.",
    "Wien – Der Angeklagte kam mit einer bedingten Strafe davon.",
    "Wien – Österreich droht wegen der Pensionsreform eine EU-Strafe.",
]


@pytest.mark.parametrize("text", _PENALTIES)
def test_a_penalty_imposed_or_looming_is_a_sanction(analyse_text, text):
    assert of_type(analyse_text(text), "SANCTION")


@pytest.mark.parametrize("text", [
    "Wien – Die Höchststrafe für Diebstahl beträgt in Österreich fünf Jahre.",
    "Wien – Der Prediger sah in dem Sturm eine Strafe Gottes.",
])
def test_a_penalty_named_without_such_a_verb_is_no_sanction(analyse_text, text):
    assert not of_type(analyse_text(text), "SANCTION")


def test_without_the_lines_a_penalty_is_no_sanction(analyse_text, full_nlp, monkeypatch):
    import dataclasses
    from types import MappingProxyType
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex

    def old(table):
        return MappingProxyType({k: tuple(h for h in v if h[0].lemma not in ("Strafe", "Geldbuße"))
                                 for k, v in table.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=old(lex.verb_forms), noun_forms=old(lex.noun_forms),
                                                       noun_heads=old(lex.noun_heads)))
    for text in _PENALTIES[:3]:
        assert not of_type(analyse_text(text), "SANCTION")
