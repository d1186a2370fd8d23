"""A role compound whose hyphenated first part is a body the actor lists know with a country and
sector ("ÖGB-Chef", "WKÖ-Präsident") gives a person the KB lacks that body's code: the acronym was
taken for an unknown organisation's and the person kept no code. Found reading lagebild's output
on Austrian (10kGNAD) stories. Every sentence is written for these tests; the names are invented."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("ÖGB-Chef Hannes Probemann kritisierte die Regierung scharf.", "DISAPPROVE", ["AUTLAB"]),
    ("WKÖ-Präsident Franz Beispielhuber kritisierte die Gewerkschaft.", "DISAPPROVE", ["AUTBUS"]),
    ("Der ÖGB-Chef verurteilte die Pläne der Regierung.", "DISAPPROVE", ["AUTLAB"]),
])
def test_a_listed_body_before_the_role_codes_the_speaker(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_a_role_joined_without_hyphen_keeps_its_sector_rule(analyse_text):
    acts = of_type(analyse_text("Gewerkschaftschef Hannes Probemann kritisierte die Regierung."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["LAB"]


def test_without_the_rule_the_person_keeps_no_code(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "BODY_ROLE_COMPOUNDS", False)
    acts = of_type(analyse_text("ÖGB-Chef Hannes Probemann kritisierte die Regierung scharf."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) != ["AUTLAB"]
