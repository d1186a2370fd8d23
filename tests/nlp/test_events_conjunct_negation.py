"""A "nicht" negates the verb of its own conjunct, not a second verb coordinated with it by "und",
"aber" or "sondern" ("Der Minister wies die Vorwürfe nicht zurück und kritisierte die Opposition":
the criticism is made). "nicht … oder" still negates both, and an "und" between nouns before the
participle ("hat es keine Kämpfe zwischen A und B gegeben") joins no verbs. Twenty-second session,
F5; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Der Minister wies die Vorwürfe nicht zurück und kritisierte die Opposition scharf.", "DISAPPROVE"),
    ("Der Kanzler lehnte das Angebot nicht ab und lobte die Gewerkschaft.", "SUPPORT"),
    ("Die Regierung hat die Vorwürfe nicht zurückgewiesen und die Opposition kritisiert.", "DISAPPROVE"),
    ("Der Präsident wies die Vorwürfe und die Kritik nicht zurück und verurteilte die Rebellen.", "DISAPPROVE"),
])
def test_the_verb_after_the_conjunction_is_not_negated(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and acts[0]["negated"] is False


@pytest.mark.parametrize("text, kind", [
    ("Der Minister wies die Vorwürfe nicht zurück und kritisierte die Opposition scharf.", "REJECT"),
    ("Die Opposition kritisierte den Plan und wies das Angebot nicht zurück.", "REJECT"),
    ("Die Regierung hat die Vorwürfe nicht zurückgewiesen und die Opposition kritisiert.", "REJECT"),
])
def test_the_verb_of_the_negation_stays_negated(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and acts[0]["negated"] is True


def test_nicht_oder_negates_both_verbs(analyse_text):
    acts = of_type(analyse_text("Die Polizei hat den Mann nicht festgenommen oder verhört."), "COERCE")
    assert len(acts) == 2 and all(a["negated"] for a in acts)


def test_an_und_between_nouns_before_the_participle_keeps_the_negation(analyse_text):
    acts = of_type(analyse_text("Laut dem Zeugen hat es keine Kämpfe zwischen Rebellen und Soldaten gegeben."),
                   "ASSAULT")
    assert acts and all(a["negated"] for a in acts)


def test_without_the_rule_the_negation_reaches_the_second_verb(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COORDINATED_NEGATION", False)
    acts = of_type(analyse_text("Der Kanzler lehnte das Angebot nicht ab und lobte die Gewerkschaft."), "SUPPORT")
    assert len(acts) == 1 and acts[0]["negated"] is True
