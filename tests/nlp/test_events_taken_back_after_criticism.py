"""Taking back one's own text or plan after criticism or under pressure gives in to the critics: CONCEDE
(the coders of gnad4 and gnad6: "wurde nach Kritik aus dem Gesetzesentwurf gestrichen", "löschte es nach
heftiger Kritik"; docs/EVENT_CODING.md "a plan dropped after criticism DISAPPROVE + CONCEDE", "a post
deleted after a denial CONCEDE"). The verbs of removing (streichen, löschen, entfernen) count only with
"nach" and a word of criticism or protest, or "auf Druck", in their clause: a budget cut or clearing away
debris is no concession. 2 predictions added, both right. Data lines in triggers.tsv. Twenty-fifth
session, helper e11. Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest
from event_helpers import of_type

_TAKEN_BACK = [
    "Graz – Der Bürgermeister löschte den Eintrag nach heftiger Kritik der Opposition.",
    "Graz – Der Absatz wurde nach Protesten der Bauern aus dem Entwurf gestrichen.",
    "Graz – Auf Druck der Landesregierung entfernte die Partei das Plakat.",
]


@pytest.mark.parametrize("text", _TAKEN_BACK)
def test_a_removal_after_criticism_is_a_concession(analyse_text, text):
    assert of_type(analyse_text(text), "CONCEDE")


@pytest.mark.parametrize("text", [
    "Graz – Die Stadt strich nach der Wahl zwei Stellen im Rathaus.",
    "Graz – Nach dem Unfall entfernte die Feuerwehr die Trümmer von der Straße.",
    "Graz – Der Bürgermeister löschte den Eintrag am Abend.",
    "Graz – Die Firma entfernte die alten Etiketten und ließ neue auf die Flaschen drucken.",
])
def test_a_removal_without_criticism_is_no_concession(analyse_text, text):
    assert not of_type(analyse_text(text), "CONCEDE")


def test_without_the_lines_the_removal_is_missed(analyse_text, full_nlp, monkeypatch):
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex

    def ours(entry):
        return entry.type == "CONCEDE" and entry.lemma in ("streichen", "löschen", "entfernen")

    def old(table):
        return MappingProxyType({k: tuple(h for h in v if not ours(h[0])) for k, v in table.items()})
    # the verbs are found by their forms and, through the tagger's lemma, in ``lemmas``
    lemmas = MappingProxyType({k: tuple(e for e in v if not ours(e)) for k, v in lex.lemmas.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=old(lex.verb_forms), noun_forms=old(lex.noun_forms),
                                                       noun_heads=old(lex.noun_heads), lemmas=lemmas))
    for text in _TAKEN_BACK:
        assert not of_type(analyse_text(text), "CONCEDE")
