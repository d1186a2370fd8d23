"""A noun of dialogue or deliberation ("Dialog", "Beratung", "Beratungen") with no party but the context's
default actor, no target, no partner after it ("mit", "zwischen") and no genitive right after it names an
attitude, a goal, a field or advice given, no talks between parties (extract.LONE_DIALOGUE): "den Dialog
fördern", "einen Dialog anstoßen", "eine kostenlose Beratung anbieten". A dialogue with a partner, between
named parties or of a named body ("der Dialog der Sozialpartner") stays. Twenty-seventh session, from the
uncoded news (8 articles, all such predictions wrong) and dev10/gnad2/gnad6. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


def _talks(evs):
    """The CONSULT events and the AGREE events of planned talks."""
    return of_type(evs, "CONSULT") + [e for e in of_type(evs, "AGREE") if e["modality"] == "future"]


@pytest.mark.parametrize("text", [
    "Der Bischof rief in seiner Predigt dazu auf, den Dialog zu fördern.",
    "Der Staatssekretär will über die Zukunft des Museums einen Dialog anstoßen.",
    "Die Geschworenen konnten sich auch nach langen Beratungen nicht auf ein Urteil einigen.",
    "Wien – Die Kammer bietet den Betrieben künftig eine kostenlose Beratung an.",
])
def test_a_lone_dialogue_noun_is_no_meeting(analyse_text, text):
    assert _talks(analyse_text(text)) == []


def test_a_dialogue_with_a_partner_stays(analyse_text):
    evs = of_type(analyse_text("Die Regierung sucht den Dialog mit der Opposition."), "CONSULT")
    assert len(evs) == 1 and codes(evs[0]["target"]) == ["OPP"]


def test_a_dialogue_between_named_parties_stays(analyse_text):
    evs = of_type(analyse_text("Die Regierung in Kiew will einen Dialog zwischen Kiew und Moskau."), "AGREE")
    assert len(evs) == 1 and codes(evs[0]["source"]) == ["RUS", "UKR"]


def test_a_dialogue_of_a_named_body_stays(analyse_text):
    text = "Der Wiener Dialog 2016 der Sozialpartner widmet sich der Digitalisierung."
    assert len(of_type(analyse_text(text), "CONSULT")) == 1


def test_without_the_rule_the_lone_dialogue_is_a_meeting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LONE_DIALOGUE", False)
    text = "Der Bischof rief in seiner Predigt dazu auf, den Dialog zu fördern."
    assert len(of_type(analyse_text(text), "CONSULT")) == 1
