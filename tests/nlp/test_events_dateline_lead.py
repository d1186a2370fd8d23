"""A title and a teaser before the dateline ("… Wien – Die österreichische Polizei …") do not make
the report's first sentence a sentence after the lead: the sentence the dateline opens counts as
lead for the article's setting (agents.LEAD_FROM_DATELINE, twenty-first session, F8; found in a
10kGNAD refugee story at Vienna's stations that was coded Hungarian). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import agents

_TEXT = ("Helfer versorgen Ankommende mit Wasser. Tausende Menschen kommen an. Wien – Die österreichische "
         "Polizei und das österreichische Rote Kreuz versorgten am Bahnhof Hunderte Flüchtlinge. Viele waren "
         "aus Budapest gekommen. Ungarn hatte sie tagelang festgehalten. In Ungarn ist die Lage schwierig. "
         "Ungarn kritisierte Deutschland. Die Polizei nahm zwei Schlepper fest.")


@pytest.mark.parametrize("kind, trigger, side, code", [
    ("AID", "versorgen", "source", "AUTNGO"),
    ("COERCE", "nahm", "target", "AUTCVL"),
])
def test_the_dateline_sentence_counts_for_the_setting(analyse_text, kind, trigger, side, code):
    acts = [a for a in of_type(analyse_text(_TEXT), kind) if a["trigger"]["text"] == trigger]
    assert len(acts) == 1
    assert codes(acts[0][side]) == [code]


def test_without_a_title_the_lead_is_unchanged(analyse_text):
    acts = of_type(analyse_text("Wien – Die österreichische Polizei nahm am Bahnhof zwei Schlepper aus Ungarn "
                                "fest."), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["AUTCOP"]


def test_without_the_rule_the_report_is_set_in_the_country_named_after_it(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "LEAD_FROM_DATELINE", False)
    acts = [a for a in of_type(analyse_text(_TEXT), "AID") if a["trigger"]["text"] == "versorgen"]
    assert acts and codes(acts[0]["source"]) == ["HUNNGO"]
