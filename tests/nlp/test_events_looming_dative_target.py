"""A verb of looming ("drohen" without "mit") takes the act that looms as its nominative ("Haft", "ein
Streik"); a party the clause names beside it stands in the dative and is the one the act is aimed at:
"Dem Parteichef drohen zehn Jahre Haft" is a sentence the court may pass on him (target), not one he
passes. The doer is the context's (defaults.tsv: the court, the strikers). Uncoded 10kGNAD articles
and three development articles made the dative party the doer. Twenty-ninth session, helper e7.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_DEFENDANT = "Kairo – Dem früheren Präsidenten Mohammed Mursi drohen viele weitere Jahre Gefängnis."


@pytest.mark.parametrize("text, kind, doer", [
    (_DEFENDANT, "SANCTION", "EGYJUD"),
    ("Berlin – Den Berliner Wasserbetrieben droht ab Montag ein unbefristeter Streik.", "PROTEST", "DEULAB"),
])
def test_the_dative_party_is_the_target(analyse_text, text, kind, doer):
    acts = of_type(analyse_text(text), kind)
    assert acts and codes(acts[-1]["source"]) == [doer]
    assert acts[-1]["target"] and all(a.get("role_from") != "default" for a in acts[-1]["target"])


def test_a_threat_keeps_its_threatener(analyse_text):
    acts = of_type(analyse_text("Ankara – Die Türkei drohte den Kurden mit Vergeltung."), "THREATEN")
    assert acts and codes(acts[0]["source"]) == ["TUR"]


def test_without_the_rule_the_dative_party_is_the_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LOOMING_DATIVE_TARGET", False)
    acts = of_type(analyse_text(_DEFENDANT), "SANCTION")
    assert acts and codes(acts[-1]["source"]) != ["EGYJUD"]
