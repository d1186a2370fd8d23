"""Displeasure told as pleasure denied is a criticism (DISAPPROVE): "zeigte sich von den Plänen nicht
begeistert", "ist vom Vorschlag nicht angetan", "sind über den Beitrag nicht erfreut" (triggers.tsv erfreut,
begeistert, angetan: predicative adjectives with the flag neg, so only negated); plain pleasure is no event.
Data lines only. Session 29, helper e4; found on the uncoded news (four articles) from gnad1/gnad2 misses.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import EventExtractor, lexicon

_DENIED = [
    "Die Gewerkschaft zeigte sich von den Plänen der Regierung nicht begeistert.",
    "Der Kanzler ist vom Vorschlag des Koalitionspartners nicht angetan.",
    "Die Bauern sind über die neue Verordnung des Ministeriums nicht erfreut.",
]


@pytest.mark.parametrize("text", _DENIED)
def test_pleasure_denied_is_a_criticism(analyse_text, text):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == 1


@pytest.mark.parametrize("text", [
    "Der Minister war über das Ergebnis sehr erfreut.",
    "Die Zuschauer sind von dem Konzert begeistert.",
])
def test_pleasure_is_no_event(analyse_text, text):
    assert not analyse_text(text)


def test_without_the_data_lines_pleasure_denied_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file == "triggers.tsv":
            rows = [r for r in rows if r[0] not in ("erfreut", "begeistert", "angetan")]
        return rows, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    for text in _DENIED:
        assert not of_type(analyse_text(text), "DISAPPROVE"), text
