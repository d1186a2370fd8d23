"""A verb conjunct after a comma that opens with its conjunction and finite verb ("…, dass sie
verhandeln wolle, und forderte die Rebellen zur Aufgabe auf") has no subject of its own: it shares
the subject of the main clause before the dependent clauses between, and the actors after its verb
are its objects. It lost its subject (a default took its place) or took its object as the subject
("die Rebellen" demanding). Twenty-first session (F2); found reading lagebild's output on 10kGNAD
articles ("Mikl-Leitner erklärte, dass …, und versprach"). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    # a relative clause between: the object after the second verb is no subject
    ("Der russische Außenminister Sergej Lawrow lobte die Vermittler, die sich um eine Lösung bemüht "
     "hätten, und kritisierte die Nato scharf.", "DISAPPROVE", ["RUSGOV"], ["IGOWSTNAT"]),
    # a dass-clause between: the ones asked are the object
    ("Die türkische Regierung erklärte, dass sie weiter verhandeln wolle, und forderte die Rebellen zur "
     "Aufgabe auf.", "DEMAND", ["TURGOV"], ["TURREB"]),
])
def test_the_conjunct_shares_the_main_clause_subject(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_a_reported_clause_between_is_skipped(analyse_text):
    # "Russland habe … verletzt" is reported speech (subjunctive): the president demands, not Russia
    acts = of_type(analyse_text("Der ukrainische Präsident sagte, Russland habe die Grenze verletzt, und "
                                "forderte neue Sanktionen gegen Moskau."), "DEMAND")
    assert len(acts) == 1
    assert [a["actor_code"][:3] for a in acts[0]["source"]] == ["UKR"]


def test_without_the_rule_the_object_is_taken_for_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COORDINATED_VERB_SUBJECT", False)
    acts = of_type(analyse_text("Der russische Außenminister Sergej Lawrow lobte die Vermittler, die sich um "
                                "eine Lösung bemüht hätten, und kritisierte die Nato scharf."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["IGOWSTNAT"]
