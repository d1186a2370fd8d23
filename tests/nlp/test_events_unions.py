"""Trade unions and chambers are coded actors: Arbeiterkammer and ÖGB AUTLAB, Wirtschaftskammer and
Industriellenvereinigung AUTBUS (docs/EVENT_CODING.md, the seventeenth session's coders),
Generalprokuratur AUTJUD, Verdi, IG Metall, DGB and Vereinigung Cockpit DEULAB (data lines in
actors.tsv); "Die Gewerkschaft ver.di", a known name written lower-case after its kind noun, is one
actor (mentions.LOWER_CASE_NAME), not the union's own target. Eighteenth session; found reading
lagebild's output on 10kGNAD Wirtschaft articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source, target", [
    ("Die Arbeiterkammer kritisierte die Wirtschaftskammer.", "DISAPPROVE", ["AUTLAB"], ["AUTBUS"]),
    ("Der ÖGB kritisierte die Industriellenvereinigung scharf.", "DISAPPROVE", ["AUTLAB"], ["AUTBUS"]),
    ("Die Generalprokuratur kritisierte das Urteil gegen den Bürgermeister.", "DISAPPROVE", ["AUTJUD"], ["AUTGOV"]),
    ("Die IG Metall kritisierte den Vorstand von Siemens.", "DISAPPROVE", ["DEULAB"], ["DEUBUS"]),  # Siemens: companies.tsv
])
def test_unions_and_chambers_are_coded(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_a_lower_case_union_name_after_its_kind_noun_is_one_actor(analyse_text):
    acts = of_type(analyse_text("Die Gewerkschaft ver.di hat zu Streiks aufgerufen."), "PROTEST")
    assert len(acts) == 1 and codes(acts[0]["source"]) == ["DEULAB"] and "DEULAB" not in codes(acts[0]["target"])


def test_without_the_rule_the_lower_case_name_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "LOWER_CASE_NAME", False)
    acts = of_type(analyse_text("Die Gewerkschaft ver.di hat zu Streiks aufgerufen."), "PROTEST")
    assert acts and "DEULAB" in codes(acts[0]["target"])
