""""NGO", "NGOs" and hyphenated compounds ending in them ("Flüchtlings-NGOs") are non-governmental
organisations (NGO forms and heads in agents.tsv); they had no code, so "Flüchtlings-NGOs haben
bereits Klagen angekündigt" (10kGNAD) took the default doer of a charge, JUD. The heads keep the
hyphen: "Kongo" ends in "ngo" too. Eighteenth session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text", [
    "Die NGOs kritisierten die Regierung.",
    "Flüchtlings-NGOs kritisierten die Regierung.",
])
def test_ngos_are_organisations(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and codes(acts[0]["source"]) == ["NGO"]


def test_kongo_is_no_ngo(analyse_text):
    acts = of_type(analyse_text("Im Kongo kritisierten Rebellen die Regierung."), "DISAPPROVE")
    assert len(acts) == 1 and codes(acts[0]["source"]) == ["CODREB"]


def test_without_the_forms_ngos_have_no_code(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [[r[0], r[1].replace(";NGO;NGOs", ""), r[2].replace(";-ngo;-ngos", "")] + r[3:] if r[0] == "NGO" else r
         for r in read(file)[0]], read(file)[1]) if file == "agents.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    acts = of_type(analyse_text("Die NGOs kritisierten die Regierung."), "DISAPPROVE")
    assert not acts or codes(acts[0]["source"]) != ["NGO"]
