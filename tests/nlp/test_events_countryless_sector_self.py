"""A sector named with no country ("mit den nationalen Behörden": GOV) is no other party for a
government's answer: its key took the sector for a country, so a refusal "answered" it, and it
took the refuser's own country at the end (REJECT POLGOV > POLGOV in an uncoded 10kGNAD story about
an EU border force). The answer goes to the last party that really is another one. Twenty-seventh
session, helper e3. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_TEXT = ("Die EU-Kommission will mit den nationalen Behörden kooperieren. "
         "Die tschechische Regierung lehnte den Plan am Dienstag ab.")


def test_the_refusal_answers_the_commission(analyse_text):
    acts = of_type(analyse_text(_TEXT), "REJECT")
    assert acts and codes(acts[0]["source"]) == ["CZEGOV"] and codes(acts[0]["target"]) == ["IGOEUREEC"]


@pytest.mark.parametrize("text", [
    _TEXT,
    "Die Agentur soll eng mit den nationalen Behörden zusammenarbeiten. Die ungarische Regierung wies das "
    "Vorhaben am Montag zurück.",
])
def test_the_refusal_does_not_answer_its_own_government(analyse_text, text):
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and not set(codes(acts[0]["source"])) & set(codes(acts[0]["target"]))


def test_without_the_rule_the_government_answers_itself(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COUNTRYLESS_SECTOR_SELF", False)
    acts = of_type(analyse_text(_TEXT), "REJECT")
    assert acts and codes(acts[0]["target"]) == ["CZEGOV"]
