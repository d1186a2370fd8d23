"""Insinuating a motive or a deed is an accusation (DISAPPROVE): "unterstellte dem Minister, die Zahlen
geschönt zu haben", "denen er Kontakte zur Mafia unterstellt" (triggers.tsv unterstellen, its dative the
target). A body placed under another ("ist dem Ministerium unterstellt"), put under a control or a law ("der
Aufsicht des Bundes unterstellt") or a figure assumed ("als Einnahme unterstellt") is none. Data lines only.
Session 29, helper e4; found on gnad1 and the uncoded news. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import EventExtractor, lexicon


@pytest.mark.parametrize("text, target", [
    ("Die Opposition unterstellte dem Minister, die Zahlen geschönt zu haben.", ["GOV"]),
    ("Der Präsident unterstellt Frankreich, die Rebellen heimlich zu bewaffnen.", ["FRA"]),
])
def test_an_insinuation_is_an_accusation(analyse_text, text, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and codes(acts[0]["target"]) == target


@pytest.mark.parametrize("text", [
    "Die Behörde ist direkt dem Innenministerium unterstellt.",
    "Die Häfen werden künftig der Aufsicht des Bundes unterstellt.",
    "Für die Rechnung wird ein Zins von drei Prozent als Ertrag unterstellt.",
])
def test_a_body_placed_under_another_is_no_accusation(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_data_line_an_insinuation_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file == "triggers.tsv":
            rows = [r for r in rows if r[0] != "unterstellen"]
        return rows, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not of_type(analyse_text("Die Opposition unterstellte dem Minister, die Zahlen geschönt zu haben."),
                       "DISAPPROVE")
