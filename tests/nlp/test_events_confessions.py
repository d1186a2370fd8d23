"""A suspect confessing a crime or turning himself in gives in to the state that charges him: CONCEDE (the
coders of gnad1, gnad2 and gnad6; docs/EVENT_CODING.md "Confessions CONCEDE suspect > state", "turning oneself
in CONCEDE"). "hat gestanden, … umgebracht zu haben", "hat den Diebstahl zugegeben", "gab zu, … entwendet
zu haben", "plädierte auf schuldig", "bekannte sich schuldig", "stellte sich der Polizei" were
missed (8 predictions added, 6 right on the coded parts, the other 2 confessions the early Wikinews coders
left uncoded; the noun "Geständnis", uncoded twice in Wikinews, is left out). The crime must be named, as
"gestanden" is also the participle of "stehen"; "gestand ihr zu" grants, "gab zu bedenken" warns,
"bekannte sich nicht schuldig" denies. Data lines in triggers.tsv. Twenty-fifth session, helper e11. Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest
from event_helpers import of_type

_CONFESSIONS = [
    "Hamburg – Ein Lehrer aus Altona hat gestanden, seinen Nachbarn erschlagen zu haben.",
    "Hamburg – Der Lehrer soll den Diebstahl mehrerer Gemälde zugegeben haben.",
    "Hamburg – Vor dem Richter gab der Lehrer zu, die Kasse des Vereins veruntreut zu haben.",
    "Hamburg – Der Buchhalter plädierte am Dienstag vor dem Landgericht auf schuldig.",
    "Hamburg – Zwei der Angeklagten bekannten sich schuldig.",
    "Hamburg – Der gesuchte Lehrer stellte sich am Abend der Polizei.",
]


@pytest.mark.parametrize("text", _CONFESSIONS)
def test_a_confession_is_a_concession(analyse_text, text):
    assert of_type(analyse_text(text), "CONCEDE")


@pytest.mark.parametrize("text", [
    "Hamburg – Die Reform sei schwierig, gestand der Senator den Kritikern zu.",
    "Hamburg – Die Frist sei zu kurz, gab die Präsidentin der Anwaltskammer zu bedenken.",
    "Hamburg – Die Delegationen haben lange vor einer Einigung gestanden.",
    "Hamburg – Der Buchhalter bekannte sich vor dem Landgericht nicht schuldig.",
    "Hamburg – Der Senat stellte sich hinter die Polizei.",
    "Hamburg – Die Polizei muss sich die Frage stellen lassen, ob sie zu spät kam.",
])
def test_granting_warning_standing_and_denying_are_no_confession(analyse_text, text):
    assert not of_type(analyse_text(text), "CONCEDE")


def test_without_the_lines_a_confession_is_missed(analyse_text, full_nlp, monkeypatch):
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex
    lemmas = ("gestehen", "bekennen", "plädieren", "zu|geben", "stellen")

    def old(table):
        return MappingProxyType({k: tuple(h for h in v if not (h[0].type == "CONCEDE" and h[0].lemma in lemmas))
                                 for k, v in table.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=old(lex.verb_forms), noun_forms=old(lex.noun_forms),
                                                       noun_heads=old(lex.noun_heads)))
    for text in (_CONFESSIONS[0], _CONFESSIONS[3], _CONFESSIONS[5]):
        assert not of_type(analyse_text(text), "CONCEDE")
