"""Business and private contracts named by a compound of "Vereinbarung" ("Gewinnscheinvereinbarung",
"Mietvereinbarung", "Liefervereinbarung", "Lizenzvereinbarung" …: nomod= in triggers.tsv) are no commitment
between political actors, no AGREE, also through the light verb that carries them ("geschlossen",
"unterzeichneten"). Found reading the false AGREE alarms of the development parts (gnad4: 2 predictions, both
wrong). A works agreement between a firm and a union (labour counts) and agreements between states stay. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_PROFIT = "Im Jahr 2010 wurde mit einer Stiftung in Liechtenstein eine Gewinnscheinvereinbarung geschlossen."


@pytest.mark.parametrize("text", [
    _PROFIT,
    "Der Verein hat mit der Stadt eine Mietvereinbarung für die Halle abgeschlossen.",
    "Die beiden Firmen unterzeichneten am Montag in Zürich eine Liefervereinbarung über Turbinen.",
])
def test_a_business_contract_is_no_agreement(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE") == []


@pytest.mark.parametrize("text", [
    "Der Konzern und die Gewerkschaft haben eine Betriebsvereinbarung geschlossen.",
    "Russland und China unterzeichneten am Montag eine Vereinbarung über Gaslieferungen.",
    "Die EU und die Türkei haben eine Vereinbarung zur Rücknahme von Flüchtlingen geschlossen.",
])
def test_political_and_labour_agreements_stay(analyse_text, text):
    assert len(of_type(analyse_text(text), "AGREE")) == 1


def test_without_the_modifiers_a_profit_contract_is_an_agreement(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r[:5] + ["compound"] + r[6:] if r[0] == "Vereinbarung" and r[2] == "AGREE" else r for r in rows], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text(_PROFIT), "AGREE")
