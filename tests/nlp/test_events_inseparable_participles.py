"""The inseparable verbs "durchsuchen" and "umstellen" have the participles "durchsucht" and
"umstellt"; the generated "gedurchsucht" and "geumstellt" left the real participle a finite verb,
so "Die Wohnung wurde von der Polizei durchsucht" and "Das Haus ist von der Polizei umstellt" were
no passives and gave COP > COP (the police as doer by default and as object). Data lines in
triggers.tsv; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text", [
    "Die Wohnung des Mannes wurde am Morgen von der Polizei durchsucht.",
    "Das Gebäude ist seit dem Vormittag von der Polizei umstellt.",
])
def test_the_passive_agent_is_the_doer_only(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["COP"]
    assert "COP" not in actor_codes(acts[0]["target"])


@pytest.mark.parametrize("text", [
    "Die Polizei hat am Dienstag die Büros der Partei durchsucht.",
    "Die Polizei durchsucht seit Montag die Wohnungen der Verdächtigen.",
])
def test_active_searches_stay(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["COP"]
