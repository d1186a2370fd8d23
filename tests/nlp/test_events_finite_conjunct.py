"""A modal or "werden" governs the infinitive of its own conjunct, not the finite verb of the next one: in
"Die Firma will das Werk kaufen und verhandelt mit der Regierung" the talks are going on (CONSULT asserted),
not planned (AGREE future, as PLOVER codes a planned meeting). The rules gave every trigger of the clause the
clause's "will"; a finite lexical verb is never the infinitive a modal governs, so when every modal cue of its
clause stands in another conjunct, its act is told as it is. A conjunct in a condition ("wenn …") stays
supposed. Twenty-seventh session, helper e5. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Wien – Die Firma will das Werk kaufen und verhandelt seit Wochen mit der Regierung.", "CONSULT"),
    ("Wien – Der Minister will nach Rom reisen und trifft dort auch den Papst.", "CONSULT"),
    ("Wien – Die Regierung will die Steuern senken und kritisiert die Opposition scharf.", "DISAPPROVE"),
])
def test_the_finite_verb_of_the_next_conjunct_is_asserted(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and all(a["modality"] == "asserted" for a in acts)


def test_an_infinitive_in_the_next_conjunct_is_still_planned(analyse_text):
    acts = of_type(analyse_text("Wien – Der Minister will nach Rom reisen und dort den Papst treffen."), "AGREE")
    assert any(a["trigger"]["text"] == "treffen" and a["modality"] == "future" for a in acts)


def test_without_the_rule_the_talks_are_planned(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FINITE_CONJUNCT_ASSERTED", False)
    evs = analyse_text("Wien – Die Firma will das Werk kaufen und verhandelt seit Wochen mit der Regierung.")
    assert of_type(evs, "AGREE") and not of_type(evs, "CONSULT")
