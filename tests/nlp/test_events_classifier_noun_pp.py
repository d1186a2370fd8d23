"""A common noun that says what a name is ("dem Kurznachrichtendienst Twitter", "seinen Fahrer
Adriano Souza") does not hide the preposition before it: "Auf den Kurznachrichtendienst Twitter
zeigte sich die Bundesregierung bestürzt … und verurteilte ihn" (dev) made Twitter the critic and
the government its target (extract.CLASSIFIER_NOUN_IN_PP). Nineteenth session. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _source(analyse_text, text, kind="DISAPPROVE"):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    return [a.get("actor_code") or a.get("name") for a in acts[0]["source"]]


@pytest.mark.parametrize("text, source", [
    ("Auf dem Kurznachrichtendienst Twitter kritisierte die Bundesregierung den Beschluss.", ["DEUGOV"]),
    ("In der Sendung Panorama kritisierte die Opposition die Regierung.", ["OPP"]),
    ("Der Minister wurde durch seinen Berater Thomas Berger belastet.", ["Thomas Berger"]),
])
def test_the_name_after_a_classifier_noun_keeps_its_preposition(analyse_text, text, source):
    assert _source(analyse_text, text) == source


def test_a_genitive_name_after_a_noun_is_left_to_the_genitive_rules(analyse_text):
    # "die Einladung Russlands": a name in -s after the noun is its genitive, not its apposition
    acts = of_type(analyse_text("Die Regierung kritisierte die Einladung Russlands."), "DISAPPROVE")
    assert acts and [a.get("actor_code") for a in acts[0]["target"]] == ["RUS"]


def test_without_the_rule_the_name_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CLASSIFIER_NOUN_IN_PP", False)
    # (DATIVE_PHRASE_ARTICLE reads the "dem" before the classifier noun as well and keeps the name from
    # the subject too; off here so that this rule is seen alone)
    monkeypatch.setattr(extract, "DATIVE_PHRASE_ARTICLE", False)
    text = "Auf dem Kurznachrichtendienst Twitter kritisierte die Bundesregierung den Beschluss."
    # (Twitter is USABUS since the KB knows companies: companies.tsv)
    assert _source(analyse_text, text) in (["Twitter"], ["USABUS"])
