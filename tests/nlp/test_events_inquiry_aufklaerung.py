"""The "Aufklärung" of a crime or an affair by investigators ("An der Aufklärung des Mordes arbeitet die
Kriminalpolizei", "die Aufklärung der Affäre vorantreiben", "im Untersuchungsausschuss geht die Aufklärung weiter")
is an investigation, DISAPPROVE investigate (triggers.tsv, Aufklärung with a word of crime, affair or inquiry in
the clause; a crime named in the genitive, "die Aufklärung des Mordes", still gives no event). Enlightenment, sex education and information campaigns are none; a demand for it ("fordern
Aufklärung") stays the demand alone, and "zur Aufklärung" names a goal. Read off the uncoded news (twenty-sixth
session, helper e4: three of the 413 uncoded articles, which lagebild missed); dev3 codes one such sentence. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_WORKS = "An der Aufklärung arbeitet seit Montag die Kriminalpolizei."


def _inquiries(events):
    return [e for e in of_type(events, "DISAPPROVE") if e["mode"] == "investigate"]


@pytest.mark.parametrize("text", [
    _WORKS,
    "Der Innenminister will die Aufklärung mit allen Mitteln vorantreiben.",
    "Die Staatsanwaltschaft hat die Aufklärung des Vorfalls übernommen.",
    "Im Untersuchungsausschuss geht die Aufklärung der Causa Kranz am Dienstag weiter.",
])
def test_the_clearing_up_of_a_crime_is_an_investigation(analyse_text, text):
    assert _inquiries(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Die Polizei setzt an den Schulen auf Aufklärung über Drogen.",
    "Die Revolution von 1848 ist ohne die Aufklärung nicht zu verstehen.",
    "Die Opposition fordert volle Aufklärung der Affäre.",
    "Die Ermittler bitten die Bevölkerung um Hinweise zur Aufklärung des Mordes.",
])
def test_education_demands_and_goals_are_no_investigation(analyse_text, text):
    assert not _inquiries(analyse_text(text))


def test_without_the_line_the_investigation_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r for r in rows if r[0] != "Aufklärung"], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not _inquiries(analyse_text(_WORKS))
