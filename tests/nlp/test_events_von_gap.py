"""The von-phrase of an attributive participle names the participle's doer inside its noun phrase,
also when adverbs or a short prepositional phrase stand between it and the participle, adjectives
between the participle and the noun, or a preposition opens an article-less noun phrase ("die von
Iran mit Raketen ausgerüsteten Milizen", "gegen von Russland unterstützte Separatisten"): that doer
is no target of the clause's verb (ATTRIBUTIVE_VON_GAP). Twentieth session, found in gnad1 ("mit von
der Türkei aus der Luft unterstützten islamistischen Rebellen" had Turkey as a target). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, target", [
    ("Die von Iran mit Raketen ausgerüsteten Milizen griffen die saudische Armee an.", "ASSAULT", ["SAUMIL"]),
    ("Die von Katar aus dem Ausland finanzierten Kämpfer überfielen einen ägyptischen Posten.", "ASSAULT", ["EGY"]),
    ("Die von der Türkei mit Waffen belieferten Rebellen beschossen syrische Soldaten.", "ASSAULT", ["SYRMIL"]),
])
def test_a_phrase_between_von_and_participle_keeps_the_doer_out(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["target"]) == target


def test_a_preposition_before_von_opens_the_noun_phrase(analyse_text):
    acts = of_type(analyse_text("Die ukrainische Armee kämpfte gegen von Russland unterstützte Separatisten."),
                   "ASSAULT")
    assert len(acts) == 1
    assert "RUS" not in codes(acts[0]["target"])
    assert codes(acts[0]["source"]) == ["UKRMIL"]


def test_an_article_after_von_keeps_the_doer_out(analyse_text):
    acts = of_type(analyse_text("Die Armee kämpfte gegen die von der EU aus der Luft unterstützten Rebellen."),
                   "ASSAULT")
    assert len(acts) == 1
    assert "IGOEUREEC" not in codes(acts[0]["target"])


def test_a_participle_that_is_the_act_keeps_its_doer(analyse_text):
    acts = of_type(analyse_text("Die von der EU geforderte Freilassung der Journalisten steht noch aus."), "DEMAND")
    assert acts and codes(acts[0]["source"]) == ["IGOEUREEC"]


def test_without_the_rule_the_doer_is_a_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ATTRIBUTIVE_VON_GAP", False)
    acts = of_type(analyse_text("Die von Iran mit Raketen ausgerüsteten Milizen griffen die saudische Armee an."),
                   "ASSAULT")
    assert acts and "IRN" in codes(acts[0]["target"])
