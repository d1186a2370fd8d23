"""An attributive participle of killing or abduction ("die getöteten Soldaten") reports an act
whose doer the clause's own subject is not: "Die Regierung trauerte um die getöteten Soldaten" is
no attack by the government. Seventeenth session; found reading lagebild's output on uncoded
Wikinews articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, not_doer", [
    ("Die Regierung trauerte am Sonntag um die getöteten Soldaten.", "GOV"),
    ("Die Armee identifizierte gestern die getöteten Demonstranten.", "MIL"),
    ("Der Bürgermeister besuchte die Familien der ermordeten Journalisten.", "GOV"),
])
def test_the_clause_subject_did_not_do_the_participle_act(analyse_text, text, not_doer):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    assert not_doer not in actor_codes(acts[0]["source"])


@pytest.mark.parametrize("text, victim", [
    ("Der ermordete Polizist aus Marseille wurde am Freitag beigesetzt.", "FRACOP"),
    ("Der entführte Journalist ist seit Montag wieder frei.", "MED"),
])
def test_the_subject_a_participle_stands_before_is_its_victim(analyse_text, text, victim):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == [victim]
    assert victim not in actor_codes(acts[0]["source"])


def test_a_finite_verb_keeps_its_subject(analyse_text):
    acts = of_type(analyse_text("Die Rebellen haben am Montag zwei Touristen entführt."), "ASSAULT")
    assert acts and actor_codes(acts[0]["source"]) == ["REB"]


def test_without_the_rule_the_subject_attacks(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ATTRIBUTIVE_DOER", False)
    acts = of_type(analyse_text("Die Regierung trauerte am Sonntag um die getöteten Soldaten."), "ASSAULT")
    assert acts and "GOV" in actor_codes(acts[0]["source"])
