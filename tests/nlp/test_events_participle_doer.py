"""An attributive participle of killing or abduction with its own von-doer ("der von Rebellen
ermordete Polizist") reports the violence as "der ermordete Polizist" does, and the act of an
attributive participle of violence or detention has the parties of its own noun phrase: the
von-doer as source, the noun it qualifies as target, not the other parties of the clause. Twentieth
session, issue 10; found reading lagebild's output on uncoded text. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source, target", [
    ("Kabul – Die von Milizen entführten Lehrer kamen nach zwei Wochen frei.", ["AFGREB"], ["AFGEDU"]),
    ("Kabul – Der von den Taliban ermordete Richter wurde am Freitag beerdigt.", ["AFGREB"], ["AFGJUD"]),
    ("Kabul – Die Witwe des von Aufständischen getöteten Soldaten erhob Vorwürfe.", ["AFGREB"], ["AFGMIL"]),
])
def test_a_violence_participle_with_its_own_doer_is_an_assault(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_von_doer_hides_the_assault(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ATTRIBUTIVE_VIOLENCE_AGENT", False)
    assert not of_type(analyse_text("Kabul – Die von Milizen entführten Lehrer kamen nach zwei Wochen frei."),
                       "ASSAULT")


@pytest.mark.parametrize("text, source, target", [
    ("Kabul – Der Gouverneur verlangt Aufklärung über die von Soldaten getöteten Bauern.",
     ["AFGMIL"], ["AFGCVL"]),
    ("Kabul – Die Angehörigen des von Polizisten erschossenen Studenten verklagten die Regierung.",
     ["AFGCOP"], ["AFGEDU"]),
    ("Kabul – Der Gouverneur besuchte die Familien der von Rebellen getöteten Soldaten.",
     ["AFGREB"], ["AFGMIL"]),
])
def test_the_participle_act_has_the_parties_of_its_own_phrase(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_a_clause_party_is_no_target_of_the_participle(analyse_text):
    acts = of_type(analyse_text("Kabul – Die Familie des ermordeten Polizisten forderte die Regierung zum Handeln auf."),
                   "ASSAULT")
    assert len(acts) == 1 and codes(acts[0]["target"]) == ["AFGCOP"]


def test_without_the_rule_the_clause_parties_join_the_participle(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PARTICIPLE_OWN_PARTIES", False)
    acts = of_type(analyse_text("Kabul – Der Gouverneur verlangt Aufklärung über die von Soldaten getöteten Bauern."),
                   "ASSAULT")
    # the von-doer itself is kept out of the clause by ATTRIBUTIVE_VON_GAP; the clause's subject still joins the act
    assert acts and "AFGGOV" in codes(acts[0]["target"])
