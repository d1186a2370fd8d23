"""Letting no refugees in or through is a measure, not the absence of one: "Ungarn lässt keine
Flüchtlinge mehr herein" is a refused entry, COERCE asserted (the negation names the measure, as the
gnad3 coders code "niemand mehr hineingelassen"), only in a text about refugees; a doorman who lets no
guests in does nothing political. Data lines in triggers.tsv (herein|lassen, hinein|lassen,
durch|lassen, flag neg); twenty-first session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text, modality", [
    ("Die Flüchtlinge warten. Ungarn lässt keine Flüchtlinge mehr herein.", "asserted"),
    ("Die Flüchtlinge warten. Die Polizei ließ die Flüchtlinge nicht durch.", "asserted"),
    ("Die Flüchtlinge warten. Kroatien will keine Flüchtlinge mehr hereinlassen.", "future"),
])
def test_letting_no_refugees_in_is_a_refused_entry(analyse_text, text, modality):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1 and not acts[0]["negated"] and acts[0]["modality"] == modality


@pytest.mark.parametrize("text", [
    "Der Türsteher ließ die Gäste nicht herein.",
    "Die Flüchtlinge warten. Österreich lässt täglich achtzig Flüchtlinge herein.",
])
def test_a_doorman_or_people_let_in_is_no_coercion(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE") == []


def test_without_the_data_lines_nothing_is_refused(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file != "triggers.tsv":
            return rows, examples
        return [r for r in rows if r[0] not in ("herein|lassen", "hinein|lassen", "durch|lassen")], examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text("Die Flüchtlinge warten. Ungarn lässt keine Flüchtlinge mehr herein."), "COERCE") == []
