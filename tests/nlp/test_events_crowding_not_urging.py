"""People who crowd ("An der Grenze drängen sich tausende Flüchtlinge") and a pull towards a place ("Ihn
habe es nie ins Rampenlicht gedrängt") urge no one: "drängen" with "sich" or "ins" in its clause gives no
DEMAND (without= on drängen in triggers.tsv); urging a party ("drängte die Türkei, sich an das Abkommen
zu halten", "drängt auf Neuwahlen") stays. Twenty-fourth session, false alarms of gnad1 and gnad4.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text", [
    "An der Grenze drängen sich tausende Flüchtlinge.",
    "Vor dem Rathaus drängten sich am Abend Hunderte Demonstranten.",
    "Ihn habe es nie ins Rampenlicht gedrängt, sagte der Minister.",
])
def test_crowding_is_no_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND") == []


@pytest.mark.parametrize("text", [
    "Die EU drängte die Türkei, sich an das Abkommen zu halten.",
    "Die USA drängen Israel dazu, sich aus dem Gazastreifen zurückzuziehen.",
    "Die Opposition drängt auf Neuwahlen.",
])
def test_urging_a_party_stays_a_demand(analyse_text, text):
    assert len(of_type(analyse_text(text), "DEMAND")) == 1


def test_without_the_words_the_crowd_urges(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        # (since session 30 the DEMAND lines of "drängen" also need what is urged, "auf"/"zu"/"dazu": each
        # becomes the plain line of before, without the two words)
        return [r[:5] + ["without=zeit|dicht|eng|dichtgedrängt"] + r[6:] if r[0] == "drängen" else r
                for r in rows], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text("An der Grenze drängen sich tausende Flüchtlinge."), "DEMAND")
