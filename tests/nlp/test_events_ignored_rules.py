"""Ignoring is a refusal when what is ignored was asked or ruled: a ban, a law, a ruling, a demand, an
ultimatum or a vote (obj= on ignorieren in triggers.tsv); ignoring a problem, a development or a person
("Es ist unmöglich, Trump zu ignorieren") rejects nothing and gives no REJECT. Twenty-fourth session,
false alarms of dev8, gnad2, gnad3 and gnad5. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text", [
    "Die Regierung ignorierte die Forderungen der Opposition.",
    "Die Junta ignorierte das Ultimatum der Afrikanischen Union.",
    "Wegen geringer Überwachung wird das Verbot in vielen Provinzen ignoriert.",
])
def test_ignoring_a_rule_or_a_call_is_a_refusal(analyse_text, text):
    assert len(of_type(analyse_text(text), "REJECT")) == 1


@pytest.mark.parametrize("text", [
    "Der Senator sagte, es sei unmöglich, Trump zu ignorieren.",
    "Dieses Problem ist von der Stadtregierung lange ignoriert worden, kritisierte der Abgeordnete.",
    "Die Redakteure hätten die wirtschaftliche Entwicklung der Region bewusst ignoriert, schreibt der Minister.",
])
def test_ignoring_a_problem_or_a_person_is_no_refusal(analyse_text, text):
    assert of_type(analyse_text(text), "REJECT") == []


def test_without_the_objects_ignoring_trump_is_a_refusal(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r[:5] + ["-"] + r[6:] if r[0] == "ignorieren" else r for r in rows], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text("Der Senator sagte, es sei unmöglich, Trump zu ignorieren."), "REJECT")
