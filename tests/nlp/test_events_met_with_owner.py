"""A proposal, plan or attempt that "meets" a reaction ("stieß auf Kritik", "traf auf Ablehnung")
with no "bei" phrase naming who reacts: the reaction is still aimed at the subject's owner, and the
country where it met the reaction ("in Deutschland") reacts. Sixteenth session (issue 10, tuple
accuracy); every sentence is invented and written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _countries(side):
    return sorted(a.get("country") or (a.get("actor_code") or "")[:3] for a in side)


@pytest.mark.parametrize("text, kind, target", [
    ("Das Vorhaben der polnischen Regierung stieß in Deutschland auf Kritik.", "DISAPPROVE", ["POL"]),
    ("Der Vorschlag Italiens traf in Österreich auf Ablehnung.", "REJECT", ["ITA"]),
    ("Die Entscheidung der Türkei stieß in Schweden auf Unverständnis.", "DISAPPROVE", ["TUR"]),
])
def test_the_subjects_owner_is_the_target(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert acts and _countries(acts[0]["target"]) == target


@pytest.mark.parametrize("text, source", [
    ("Das Vorhaben der polnischen Regierung stieß in Deutschland auf Kritik.", ["DEU"]),
    ("Der Vorschlag Italiens traf in Österreich auf Ablehnung.", ["AUT"]),
])
def test_the_country_where_it_met_the_reaction_reacts(analyse_text, text, source):
    acts = [e for e in analyse_text(text) if e["type"] in ("DISAPPROVE", "REJECT")]
    assert acts and _countries(acts[0]["source"]) == source


@pytest.mark.parametrize("text, target", [
    # the subject stands before an infinitive clause the comma closes
    ("Der Versuch des chinesischen Konzerns, die Werft zu kaufen, stieß in Deutschland auf heftige "
     "Ablehnung.", ["CHN"]),
    # no comma opens the infinitive: only the actors before its verb are the subject's
    ("Der Versuch des russischen Konzerns die Raffinerie zu übernehmen, stieß in Polen auf Ablehnung.",
     ["RUS"]),
])
def test_a_subject_before_an_embedded_clause_is_the_target(analyse_text, text, target):
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and _countries(acts[0]["target"]) == target


def test_a_bei_phrase_still_names_who_reacts(analyse_text):
    acts = of_type(analyse_text("Der Plan der Regierung stieß bei der Opposition auf scharfe Kritik."),
                   "DISAPPROVE")
    assert acts and [a["actor_code"] for a in acts[0]["source"]] == ["OPP"]
    assert [a["actor_code"] for a in acts[0]["target"]] == ["GOV"]


def test_without_the_rule_the_reaction_has_no_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "MET_WITH_OWNER", False)
    acts = of_type(analyse_text("Das Vorhaben der polnischen Regierung stieß in Deutschland auf Kritik."),
                   "DISAPPROVE")
    assert acts and acts[0]["target"] == []
