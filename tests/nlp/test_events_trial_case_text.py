""""Prozess" is a trial in a text about a criminal case even when its own clause names no court word.

triggers.tsv read "Prozess" as a trial only with a court word in its clause (obj=: gegen, angeklagt,
Gericht, Richter …), so "Der Prozess wurde im Fernsehen übertragen" or "Für den Prozess sind fünf
Verhandlungstage angesetzt" in a report about a case gave no event. A second data line takes the noun
as a trial when the text names the case at least twice (text=: angeklagt, Anklage, Staatsanwalt,
Verteidiger, Gerichtssaal, Verhandlungstag, Prozessauftakt); its without= words still keep "der
Prozess soll schneller werden" out. Twenty-eighth session (helper E5, gold events in sentences with no
prediction): on the uncoded news it added 3 events, 2 right; development parts +4 type matches.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

CASE = "Der Verteidiger des Angeklagten sprach von einer Intrige. "


@pytest.mark.parametrize("second", [
    "Der Prozess wurde im Radio übertragen.",
    "Ein Termin für den Prozess steht noch nicht fest.",
])
def test_a_trial_in_a_case_report(analyse_text, second):
    acts = [e for e in of_type(analyse_text(CASE + second), "DISAPPROVE") if e["trigger"]["text"] == "Prozess"]
    assert len(acts) == 1


def test_a_process_outside_a_case_is_no_trial(analyse_text):
    assert not [e for e in analyse_text("Der Prozess der Annäherung zwischen den beiden Ländern kommt voran.")
                if e["trigger"]["text"] == "Prozess"]


def test_a_faster_process_stays_no_trial(analyse_text):
    assert not [e for e in analyse_text(CASE + "Der Prozess soll schneller werden.")
                if e["trigger"]["text"] == "Prozess"]


def test_without_the_data_line_the_trial_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [r for r in read(file)[0] if not (r[0] == "Prozess" and "text=" in r[5])],
        read(file)[1]) if file == "triggers.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not [e for e in analyse_text(CASE + "Der Prozess wurde im Radio übertragen.")
                if e["trigger"]["text"] == "Prozess"]
