"""A noun phrase whose article is never nominative ("einen", "diesen") is no subject, even when the
real subject is no actor lagebild knows ("ein Mann", "eine Gruppe von Anwälten"): the phrase is the
object, and the act keeps its target. Nineteenth session, issue 10 (found probing own sentences).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, target", [
    ("In Kairo hat eine Menschenrechtsgruppe einen Richter scharf kritisiert.", "DISAPPROVE", ["EGYJUD"]),
    ("In Ankara forderte eine Gruppe von Anwälten einen Minister zum Rücktritt auf.", "DEMAND", ["TURGOV"]),
])
def test_a_phrase_with_an_object_article_is_the_target(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and codes(acts[0]["target"]) == target


@pytest.mark.parametrize("text, kind", [
    ("In Kairo hat eine Menschenrechtsgruppe einen Richter scharf kritisiert.", "DISAPPROVE"),
    ("In Ankara forderte eine Gruppe von Anwälten einen Minister zum Rücktritt auf.", "DEMAND"),
])
def test_a_phrase_with_an_object_article_is_no_source(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and not any(c.endswith(("JUD", "GOV")) for c in codes(acts[0]["source"]))


def test_a_human_rights_group_is_an_ngo(analyse_text):
    acts = of_type(analyse_text("In Kairo hat eine Menschenrechtsgruppe einen Richter scharf kritisiert."),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["EGYNGO"]


def test_without_the_rule_the_object_becomes_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "OBJECT_ARTICLE_NO_SUBJECT", False)
    acts = of_type(analyse_text("In Ankara forderte eine Gruppe von Anwälten einen Minister zum Rücktritt auf."),
                   "DEMAND")
    assert acts and codes(acts[0]["source"]) == ["TURGOV"]
