"""A resignation tendered or declared ("Rücktrittsgesuch", also written "Rücktrittgesuch", "Rücktrittserklärung",
"Entlassungsgesuch") is an announced resignation like "Rücktrittsankündigung": CONCEDE. An ultimatum of any kind
("Rücktrittsultimatum", "Räumungsultimatum") is a threat: "Ultimatum" also as the head of a compound (triggers.tsv).
Read off the uncoded news (twenty-sixth session, helper e4): three of the 413 uncoded articles name such a
resignation or ultimatum, which lagebild missed. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_TENDERED = "Der Innenminister reichte am Montag sein Rücktrittsgesuch beim Präsidenten ein."
_ULTIMATUM = "Die Armee stellte dem Premierminister ein Rücktrittsultimatum."


@pytest.mark.parametrize("text", [
    _TENDERED,
    "Als Grund seines Rücktrittgesuches gilt die Affäre um die Parteispenden.",
    "Die Bürgermeisterin hat ihre Rücktrittserklärung am Abend überraschend zurückgezogen.",
    "Der Staatssekretär hat um Annahme seines Entlassungsgesuchs gebeten.",
])
def test_a_resignation_tendered_is_a_concession(analyse_text, text):
    assert of_type(analyse_text(text), "CONCEDE")


@pytest.mark.parametrize("text", [
    _ULTIMATUM,
    "Die Polizei stellte den Besetzern des Hauses ein Räumungsultimatum bis Freitag.",
])
def test_a_compound_ultimatum_is_a_threat(analyse_text, text):
    assert of_type(analyse_text(text), "THREATEN")


def _rebuild(full_nlp, monkeypatch, change):
    """Rebuild the extractor with ``change`` applied to every row of triggers.tsv (None drops the row)."""
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [c for c in map(change, rows) if c is not None], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))


def test_without_the_lines_the_tendered_resignation_is_missed(analyse_text, full_nlp, monkeypatch):
    new = ("Rücktrittsgesuch", "Rücktrittserklärung", "Entlassungsgesuch")
    _rebuild(full_nlp, monkeypatch, lambda r: None if r[0] in new else r)
    assert not of_type(analyse_text(_TENDERED), "CONCEDE")


def test_without_the_compound_flag_the_ultimatum_is_missed(analyse_text, full_nlp, monkeypatch):
    _rebuild(full_nlp, monkeypatch, lambda r: r[:5] + ["-"] + r[6:] if r[0] == "Ultimatum" else r)
    assert not of_type(analyse_text(_ULTIMATUM), "THREATEN")
