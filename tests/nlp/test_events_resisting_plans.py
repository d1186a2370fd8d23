"""Resisting a plan or a measure is a REJECT: "trat einer Abschwächung entgegen", "will der Abschaffung des
Bargelds entgegentreten", "wehrt sich gegen die Schließung" (triggers.tsv entgegen|treten with plan and measure
nouns, wehren with refl, prep=gegen and such nouns); a person fending off an attacker or confronting the police
stays no REJECT. Data lines only. Twenty-fourth session, issue 10; found on the development parts (dev8,
gnad3, gnad4, gnad5). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import EventExtractor, lexicon


@pytest.mark.parametrize("text", [
    "Die Opposition trat am Dienstag der geplanten Verschärfung des Asylrechts entgegen.",
    "Der Landeshauptmann will der Schließung des Bezirksgerichts entschieden entgegentreten.",
    "Die Bürgermeisterin wehrt sich gegen die Pläne des Innenministeriums.",
    "Die Gewerkschaft wehrte sich gegen die Kürzung der Zulagen.",
])
def test_resisting_a_plan_is_a_rejection(analyse_text, text):
    assert len(of_type(analyse_text(text), "REJECT")) == 1


@pytest.mark.parametrize("text", [
    "Die Frau wehrte sich gegen den Angreifer und flüchtete.",
    "Vor dem Bahnhof traten Hunderte Demonstranten der Polizei entgegen.",
    "Der Körper wehrt sich gegen das Virus.",
])
def test_fending_off_is_no_rejection(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


def test_without_the_data_lines_resisting_a_plan_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file == "triggers.tsv":
            rows = [r for r in rows if not (r[0] == "wehren" or r[0] == "entgegen|treten" and "abschaffung" in r[-1])]
        return rows, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    for text in ("Die Opposition trat am Dienstag der geplanten Verschärfung des Asylrechts entgegen.",
                 "Die Bürgermeisterin wehrt sich gegen die Pläne des Innenministeriums."):
        assert not of_type(analyse_text(text), "REJECT"), text
