"""An envoy "ins Außenministerium zitiert" (or into a chancellery) is summoned like one "einbestellt": a
diplomatic protest, DISAPPROVE (the gnad2 and gnad4 coders code it so). Quoting someone ("zitierte die
Zeitung den Minister", "oft zitiert") names no ministry and stays no event. A data line of triggers.tsv
(zitieren, prep=ins with a ministry word). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Der russische Botschafter wurde ins polnische Außenministerium zitiert.",
    "Damals war der amerikanische Botschafter ins Kanzleramt zitiert worden.",
    "Wegen der Festnahme des Journalisten zitierte Berlin den türkischen Gesandten ins Auswärtige Amt.",
])
def test_summoned_envoy_is_disapproval(analyse_text, text):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == 1


@pytest.mark.parametrize("text", [
    "Die Zeitung zitierte den Minister mit den Worten, er sei zufrieden.",
    "Das Buch wurde ins Deutsche übersetzt und oft zitiert.",
])
def test_quoting_is_no_protest(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE") == []
