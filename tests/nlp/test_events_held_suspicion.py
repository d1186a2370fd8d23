"""A suspicion someone holds or voices is an accusation of the one suspected: "hegt den Verdacht, dass …",
"äußerte den Verdacht", "hat junge Männer im Verdacht" (triggers.tsv, Verdacht with a holding verb), DISAPPROVE.
Being suspected ("steht im Verdacht", "geriet unter Verdacht") and the ground of a charge ("wegen des
Verdachts") name no one who holds it and stay no event of this line. The coders coded both such sentences of
the development parts (dev10, gnad1), which lagebild missed. Twenty-fifth session, helper e8. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_HELD = "Der Abgeordnete hegt den Verdacht, dass das Ministerium Druck auf die Behörde ausübt."


def _suspicions(events):
    return [e for e in of_type(events, "DISAPPROVE")
            if e["trigger"]["text"].startswith(("heg", "Verdacht", "hat", "äußer"))]


@pytest.mark.parametrize("text", [
    _HELD,
    "Die Polizei hat den Nachbarn des Opfers im Verdacht.",
])
def test_a_held_suspicion_is_an_accusation(analyse_text, text):
    assert _suspicions(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Der Unternehmer steht im Verdacht, Steuern hinterzogen zu haben.",
    "Der Bürgermeister ist wegen des Verdachts der Untreue zurückgetreten.",
])
def test_being_suspected_names_no_one_who_suspects(analyse_text, text):
    assert not _suspicions(analyse_text(text))


def test_without_the_lines_the_held_suspicion_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r for r in rows if r[0] != "Verdacht"], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not _suspicions(analyse_text(_HELD))
