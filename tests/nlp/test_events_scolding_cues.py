"""Verbs of scolding and of seconding that newsrooms use for a statement ("…, wetterte der
Klubchef", "…, polterte Strache", "…, pflichtete der Vizepräsident bei") introduce reported speech
(cue_verbs.txt), so a judging statement after them is the speaker's criticism. Data lines only;
every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text", [
    "Die Regierung habe in der Asylfrage versagt, wetterte FPÖ-Chef Heinz-Christian Strache.",
    "Die Pläne der Regierung seien ein Skandal, polterte FPÖ-Chef Heinz-Christian Strache.",
    "Die Regierung habe die Sache verschlampt und sei unfähig, monierte FPÖ-Chef Heinz-Christian Strache.",
])
def test_a_scolding_cue_reports_the_speakers_criticism(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["AUTPTY"]


def test_a_scolding_verb_without_speech_is_no_cue(analyse_text):
    assert not analyse_text("In der Nacht polterte ein schwerer Lastwagen durch das Dorf.")
