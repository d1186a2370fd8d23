"""A relative pronoun followed by an article is the relative clause's subject even when its
antecedent is no known actor ("einen Mann fest, der einen Polizisten angegriffen hatte"): the noun
phrase after the pronoun is the object, not the doer. Eighteenth session, found probing relative
clauses with sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, target", [
    ("Die Polizei nahm einen Mann fest, der einen Polizisten angegriffen hatte.", "ASSAULT", ["COP"]),
    ("Die Polizei sucht einen Mann, der einen Polizisten angegriffen hat.", "ASSAULT", ["COP"]),
    ("Ein Mann, der einen Polizisten angegriffen hatte, wurde festgenommen.", "ASSAULT", ["COP"]),
    ("Die Polizei fahndet nach einer Frau, die einen Soldaten erschossen hatte.", "ASSAULT", ["MIL"]),
])
def test_the_noun_after_the_pronoun_is_the_object(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["target"]) == target
    assert not set(codes(acts[0]["source"])) & set(target)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Die Polizei nahm einen Demonstranten fest, der einen Polizisten angegriffen hatte.", "ASSAULT",
     ["CVL"], ["COP"]),
    ("Die Armee tötete einen Rebellen, der einen Soldaten erschossen hatte.", "ASSAULT", ["REB"], ["MIL"]),
])
def test_a_known_antecedent_stays_the_subject(analyse_text, text, kind, source, target):
    acts = [a for a in of_type(analyse_text(text), kind) if codes(a["target"]) == target]
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_without_the_rule_the_object_is_the_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RELATIVE_SUBJECT_UNKNOWN", False)
    # OBJECT_ARTICLE_NO_SUBJECT alone also keeps "einen Polizisten" from being the subject
    monkeypatch.setattr(extract, "OBJECT_ARTICLE_NO_SUBJECT", False)
    acts = of_type(analyse_text("Die Polizei nahm einen Mann fest, der einen Polizisten angegriffen hatte."),
                   "ASSAULT")
    assert acts and "COP" in codes(acts[0]["source"])
