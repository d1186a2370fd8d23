"""Austrian "Anrainer" are residents as "Anwohner" are (CVL forms and heads in agents.tsv): "Mehrere
Anrainer protestierten gegen den Bau" had an uncoded doer. Eighteenth session; found reading
lagebild's output on 10kGNAD Panorama articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text", [
    "Mehrere Anrainer protestierten gegen den Bau.",
    "Die Donau-Anrainer protestierten gegen den Bau.",
])
def test_anrainer_are_civilians(analyse_text, text):
    acts = of_type(analyse_text(text), "PROTEST")
    assert len(acts) == 1 and [a.get("actor_code") for a in acts[0]["source"]] == ["CVL"]


def test_without_the_forms_anrainer_have_no_code(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [[r[0], r[1].replace("Anrainer;Anrainern;Anrainerinnen;", ""), r[2].replace(";anrainer;anrainern", "")]
         + r[3:] if r[0] == "CVL" else r for r in read(file)[0]], read(file)[1]) if file == "agents.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    acts = of_type(analyse_text("Mehrere Anrainer protestierten gegen den Bau."), "PROTEST")
    assert acts and [a.get("actor_code") for a in acts[0]["source"]] != ["CVL"]
