"""A judgement of praise turned round is criticism: "nannte die Pläne nicht hilfreich", "hält sie nicht
für zielführend" were SUPPORT negated. A judging verb (bezeichnen, nennen, halten für …) whose word of
praise is negated or follows "wenig"/"kaum" makes a DISAPPROVE (``extract.NEGATED_PRAISE_CRITICISES``;
twentieth session, helper F1); "als nicht hilfreich" keeps the negated SUPPORT that
test_events_predicate_negation.py asks for. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Minister bezeichnete die Pläne der Opposition nicht als akzeptabel.",
    "Der Minister nannte die Pläne der Opposition nicht hilfreich.",
    "Der Minister hält die Pläne der Opposition nicht für sinnvoll.",
    "Der Minister bezeichnete die Pläne der Opposition als wenig hilfreich.",
])
def test_praise_turned_round_is_criticism(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "SUPPORT")
    acts = of_type(evs, "DISAPPROVE")
    assert len(acts) == 1 and acts[0]["negated"] is False
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (["GOV"], ["OPP"])


def test_praise_stays_praise(analyse_text):
    acts = of_type(analyse_text("Der Minister bezeichnete die Pläne der Opposition als hilfreich."), "SUPPORT")
    assert len(acts) == 1 and acts[0]["negated"] is False


def test_support_not_given_is_no_criticism(analyse_text):
    assert not of_type(analyse_text("Die Regierung nahm den Minister nicht in Schutz."), "DISAPPROVE")


def test_without_the_rule_the_praise_is_negated(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NEGATED_PRAISE_CRITICISES", False)
    evs = analyse_text("Der Minister nannte die Pläne der Opposition nicht hilfreich.")
    assert not of_type(evs, "DISAPPROVE")
    assert [a["negated"] for a in of_type(evs, "SUPPORT")] == [True]
