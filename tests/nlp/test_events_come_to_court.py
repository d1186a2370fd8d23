"""Being brought to trial told with "kommen" or "landen" ("kommt vor Gericht", "kam vor ein Tribunal",
"könnte vor Gericht landen") is a trial like "steht vor Gericht": COERCE trial, which PLOVER_RETYPE gives as
DISAPPROVE allege, the one who comes being the accused (triggers.tsv, "kommen"/"landen" with "vor" and a court
word in the clause). People coming to the court building and "es kam vor Gericht zu …" are no trial. Read off the
uncoded news (twenty-sixth session, helper e5: three uncoded articles tell of a trial this way, lagebild missed
them); the gnad5 coders code "kommen … vor Gericht" as a trial. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_TRIAL = "Wegen der Brandanschläge kommt der Hauptverdächtige im Herbst vor Gericht."
_VERBS = ("kommt", "kam", "kommen", "kamen", "landen", "landet")


def _trials(events):
    return [e for e in of_type(events, "DISAPPROVE") if e["trigger"]["text"] in _VERBS]


@pytest.mark.parametrize("text", [
    _TRIAL,
    "Der frühere Milizenführer kam in Arusha vor ein internationales Tribunal.",
    "Der Bürgermeister könnte wegen Bestechung vor Gericht landen.",
])
def test_coming_before_a_court_is_a_trial(analyse_text, text):
    assert _trials(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Hunderte Demonstranten kamen am Morgen vor das Gericht in Ankara.",
    "Vor dem Gericht kam es am Mittag zu Rangeleien.",
    "Vor zwei Jahren kam die Richterin aus Leipzig nach Berlin.",
])
def test_coming_to_the_court_building_is_no_trial(analyse_text, text):
    assert not _trials(analyse_text(text))


def test_without_the_lines_the_trial_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r for r in rows if not (r[0] in ("kommen", "landen") and r[3] == "trial")], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not _trials(analyse_text(_TRIAL))
