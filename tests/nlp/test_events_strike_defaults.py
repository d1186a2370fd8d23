"""A strike whose parties the text leaves unnamed is the workers' (LAB) against their employer (BUS),
not civilians against the government: "PROTEST/strike LAB context BUS context" in defaults.tsv (the
guide codes unions and strikers LAB; the development gold codes most strikes LAB > BUS). Eighteenth
session; found reading lagebild's output on 10kGNAD Wirtschaft articles ("Offiziell streiken die
Piloten", "Folge des Streiks: ..."). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text", [
    "Wien – Wegen des Streiks fielen am Montag hunderte Flüge aus.",
    "Wien – Der Streik soll bis Freitag dauern.",
])
def test_an_unnamed_strike_is_labour_against_business(analyse_text, text):
    acts = of_type(analyse_text(text), "PROTEST")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["AUTLAB"], ["AUTBUS"])


def test_an_unnamed_demonstration_stays_civilians_against_the_government(analyse_text):
    acts = of_type(analyse_text("Wien – Am Montag gingen Tausende auf die Straße."), "PROTEST")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["AUTCVL"], ["AUTGOV"])


def test_without_the_data_line_the_strike_is_a_civilian_protest(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [r for r in read(file)[0] if r[0] != "PROTEST/strike"], read(file)[1]) if file == "defaults.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    acts = of_type(analyse_text("Wien – Der Streik soll bis Freitag dauern."), "PROTEST")
    assert acts and codes(acts[0]["source"]) == ["AUTCVL"]
