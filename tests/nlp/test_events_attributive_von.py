"""The von-phrase between an article and an attributive participle names the participle's doer,
inside the noun phrase ("die von Russland unterstützten Separatisten"): no target of the clause's
verb (extract ATTRIBUTIVE_VON_PHRASE); and a verb form after "adjective + noun" is the clause's
verb even when the tagger reads it as an adjective (VERB_AFTER_HEAD_NOUN). Seventeenth session;
every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


def test_the_participles_von_phrase_is_no_target(analyse_text):
    acts = of_type(analyse_text("Kiew – Die von Russland unterstützten Separatisten griffen die Armee an."), "ASSAULT")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["UKRREB"], ["UKRMIL"])


def test_without_the_rule_the_supporter_is_attacked(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ATTRIBUTIVE_VON_PHRASE", False)
    acts = of_type(analyse_text("Kiew – Die von Russland unterstützten Separatisten griffen die Armee an."), "ASSAULT")
    assert acts and "RUS" in codes(acts[0]["target"])


@pytest.mark.parametrize("text", [
    "Kiew – Die von Russland unterstützten Separatisten griffen Stellungen der Armee an.",
])
def test_the_verb_after_the_subjects_noun_is_an_act(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT")


def test_without_the_rule_the_verb_read_as_adjective_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "VERB_AFTER_HEAD_NOUN", False)
    text = "Kiew – Die von Russland unterstützten Separatisten griffen Stellungen der Armee an."
    assert not of_type(analyse_text(text), "ASSAULT")


def test_a_participle_after_a_phrases_noun_stays_attributive(analyse_text):
    # "die im Januar erzielte Einigung": the agreement is the act, not "erzielte"
    acts = of_type(analyse_text("Dili – Die im Januar erzielte Einigung mit Australien gilt weiter."), "AGREE")
    assert acts and acts[0]["trigger"]["text"] == "Einigung"
