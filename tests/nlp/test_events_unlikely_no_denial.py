""""unwahrscheinlich" holds the denial "unwahr" and denies nothing: "Wie die WHO sagte, ist es
unwahrscheinlich, dass …" was a REJECT of the WHO (seen by the first Wikinews reading round,
reproduced on own sentences). A data line (deny_not in evaluations.tsv); "unwahr" itself still
denies. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Wie die WHO am Montag sagte, ist es unwahrscheinlich, dass sich die Krankheit in Europa ausbreitet.",
    "Die Weltbank sagte, es sei sehr unwahrscheinlich, dass die Preise weiter steigen.",
])
def test_unlikely_is_no_denial(analyse_text, text):
    assert of_type(analyse_text(text), "REJECT") == []


def test_untrue_still_denies(analyse_text):
    assert len(of_type(analyse_text("Der Minister sagte, die Vorwürfe der Opposition seien unwahr."), "REJECT")) == 1
