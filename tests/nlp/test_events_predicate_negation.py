""""nicht" after "als" or "für" negates the predicate, not the act: "Die Kanzlerin hat die
österreichische Regierung als nicht hilfreich kritisiert" is a criticism that happened, not a
negated one (extract.PREDICATE_NEGATION, negation_predicate in function_words.tsv). Where the
predicate chose the verb's sense ("bezeichnete ... als nicht akzeptabel", obj= in triggers.tsv) the
old reading stays. Eighteenth session; found reading lagebild's output on 10kGNAD Panorama articles.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Der Kanzler hat die ungarische Regierung als nicht hilfreich kritisiert.", "DISAPPROVE"),
    ("Die Regierung wies die Forderung der Opposition als nicht umsetzbar zurück.", "REJECT"),
])
def test_nicht_after_als_does_not_negate_the_act(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and not acts[0]["negated"]


@pytest.mark.parametrize("text, kind", [
    ("Die Regierung hat die Opposition nicht kritisiert.", "DISAPPROVE"),
])
def test_other_negations_stay(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and acts[0]["negated"]


def test_without_the_rule_the_act_is_negated(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PREDICATE_NEGATION", False)
    acts = of_type(analyse_text("Der Kanzler hat die ungarische Regierung als nicht hilfreich kritisiert."),
                   "DISAPPROVE")
    assert acts and acts[0]["negated"]


def test_praise_negated_after_als_is_criticism(analyse_text):
    """The predicate chose the verb's sense (SUPPORT for "hilfreich"); with "nicht" it judges badly: a
    criticism that happened (extract.NEGATED_PRAISE_CRITICISES; the twentieth session changed this row)."""
    acts = of_type(analyse_text("Der Minister bezeichnete den Vorschlag der Opposition als nicht hilfreich."), "DISAPPROVE")
    assert acts and not acts[0]["negated"]


def test_without_the_praise_rule_the_support_stays_negated(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NEGATED_PRAISE_CRITICISES", False)
    acts = of_type(analyse_text("Der Minister bezeichnete den Vorschlag der Opposition als nicht hilfreich."), "SUPPORT")
    assert acts and acts[0]["negated"]
