"""Inside a quote, an obligation in a "dass" clause after a word of saying or demanding ("habe selbst gesagt, dass
… folgen müsse", "habe darauf bestanden, dass … müsse"), or in a quoted sentence handed to another source ("hieß es
darin"), is what that other one said or demanded, not a demand of the quote's speaker (speech.REPORTED_OBLIGATION,
``inner_speech`` and ``hearsay`` in evaluations.tsv). Such quotes made DEMAND events of their speakers (uncoded news:
2 of 2 wrong; development parts: 1 of 1 wrong). What "ich" or "wir" said is the speaker's own and stays a demand.
Twenty-seventh session, helper e6. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech

_SAID = ("Der syrische Präsident habe bei seinem Besuch in Moskau selbst gesagt, dass auf den Krieg ein Dialog mit "
         "der Opposition folgen müsse, betonte der russische Außenminister.")
_LEAFLET = ("Im Lager wurden Flugblätter verteilt. Die Flüchtlinge sollten nicht in die Busse steigen, weil die "
            "Regierung in Athen sie in die Türkei bringen wolle, hieße es darin, sagte der Helfer Jannis Papadakis "
            "weiter.")


@pytest.mark.parametrize("text", [_SAID, _LEAFLET])
def test_an_obligation_someone_else_said_is_no_demand_of_the_speaker(analyse_text, text):
    assert not [e for e in of_type(analyse_text(text), "DEMAND")
                if e["trigger"]["text"] in ("betonte", "sagte")]


def test_the_inner_demand_keeps_its_own_event(analyse_text):
    text = ("Bulgarien habe darauf bestanden, dass die Türkei die Flüchtlinge zurücknehmen müsse, betonte der "
            "bulgarische Außenminister.")
    demands = of_type(analyse_text(text), "DEMAND")
    assert [e["trigger"]["text"] for e in demands] == ["bestanden"]
    assert actor_codes(demands[0]["target"]) == ["TUR"]


@pytest.mark.parametrize("text", [
    "Wir haben immer gesagt, dass die Regierung in Athen zurücktreten muss, sagte der Oppositionsführer.",
    "Die Regierung in Athen müsse zurücktreten, sagte der Oppositionsführer.",
])
def test_the_speakers_own_words_stay_a_demand(analyse_text, text):
    assert [e for e in of_type(analyse_text(text), "DEMAND") if e["trigger"]["text"] == "sagte"]


@pytest.mark.parametrize("text", [_SAID, _LEAFLET])
def test_without_the_rule_the_speaker_demands(analyse_text, monkeypatch, text):
    monkeypatch.setattr(speech, "REPORTED_OBLIGATION", False)
    assert [e for e in of_type(analyse_text(text), "DEMAND") if e["trigger"]["text"] in ("betonte", "sagte")]
