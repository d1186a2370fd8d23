"""Tourists and visitors visit no party: "dass so viele Besucher das Urlaubsland besuchen werden"
was a planned visit (AGREE) of the German government from the context (uncoded Wikinews article
2028). A data line in triggers.tsv (besuchen without=). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text", [
    "Jährlich besuchen etwa zwei Millionen Touristen die kleine Insel.",
    "Experten bezweifeln, dass so viele Besucher den neuen Freizeitpark besuchen werden.",
    "Im Sommer besuchen viele Urlauber die Hauptstadt Kroatiens.",
])
def test_tourists_visit_no_party(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "CONSULT") == [] and of_type(evs, "AGREE") == []


def test_a_state_visit_stays(analyse_text):
    acts = of_type(analyse_text("Der französische Präsident besuchte am Montag die Ukraine."), "CONSULT")
    assert len(acts) == 1 and actor_codes(acts[0]["target"]) == ["UKR"]
