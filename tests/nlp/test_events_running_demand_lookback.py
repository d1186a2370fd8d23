"""A speaker's list of demands in running indirect speech is often broken by a sentence that gives a
reason and demands nothing ("Das Land habe kaum noch Platz."); the cue-less obligation after it that names
no one to act still goes on with the speaker's demand (speech.RUNNING_DEMAND_LOOKBACK: up to three
sentences back). The speaker of running speech often has a sector and no country yet (OPP) while the demand
before already carries the article's country (DEUOPP): they are one actor (speech.SPEAKER_SECTOR_MATCH).
Twenty-fourth session; found in the DEMAND misses of gnad3. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech


def _modal(events):
    return [e for e in of_type(events, "DEMAND") if e["trigger"]["text"] == "müsse"]


GAP = ("Der Oppositionsführer forderte von der Regierung mehr Geld für die Schulen. Die Gebäude seien alt. "
       "Außerdem müsse es mehr Lehrer geben.")


@pytest.mark.parametrize("text", [
    GAP,
    "Die Innenministerin forderte von der EU mehr Hilfe bei der Unterbringung der Flüchtlinge. Das Land habe "
    "kaum noch Platz. Nach dem Winter müsse die Verteilung neu geregelt werden.",
    "Der Gewerkschaftschef verlangte von den Arbeitgebern höhere Löhne. Die Inflation sei hoch, die Gewinne "
    "seien gestiegen. Außerdem müsse es mehr Urlaub geben.",
    "Der Bürgermeister forderte vom Land mehr Geld für die Schulen. Die Gebäude seien alt. Die Klassen seien "
    "zu groß. Zudem müsse mehr für die Sicherheit getan werden.",
])
def test_an_obligation_after_a_reason_goes_on_with_the_demand(analyse_text, text):
    events = analyse_text(text)
    demands = _modal(events)
    first = [e for e in of_type(events, "DEMAND") if e is not demands[0]] if demands else []
    assert len(demands) == 1 and len(first) == 1
    assert actor_codes(demands[0]["source"]) == actor_codes(first[0]["source"])
    assert actor_codes(demands[0]["target"]) == actor_codes(first[0]["target"])


def test_without_a_demand_before_it_is_still_no_event(analyse_text, monkeypatch):
    # (since session 31 such a one-clause "müsse" is a DEMAND all the same, speech.RUNNING_UNNAMED_DEMAND,
    # switched off here: this test is about the lookback alone)
    monkeypatch.setattr(speech, "RUNNING_UNNAMED_DEMAND", False)
    assert not _modal(analyse_text("Der Oppositionsführer kritisierte die Regierung. Die Lage sei ernst. "
                                   "Außerdem müsse es mehr Lehrer geben."))


def test_only_the_sentence_right_before_without_the_lookback(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "RUNNING_DEMAND_LOOKBACK", 1)
    monkeypatch.setattr(speech, "RUNNING_UNNAMED_DEMAND", False)  # (session 31: else a DEMAND all the same)
    assert not _modal(analyse_text(GAP))


def test_a_speaker_without_country_is_not_matched_without_the_sector_rule(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "SPEAKER_SECTOR_MATCH", False)
    monkeypatch.setattr(speech, "RUNNING_UNNAMED_DEMAND", False)  # (session 31: else a DEMAND all the same)
    assert not _modal(analyse_text(GAP))
