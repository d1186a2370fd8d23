"""A verdict said to be final or not yet final ("Das Urteil ist noch nicht rechtskräftig", the headline "Urteil
nicht rechtskräftig", "Der Richterspruch ist nicht rechtskräftig") is the court's verdict told again, SANCTION
convict like the sentence that first reported it (triggers.tsv: Urteil, Urteilsspruch, Richterspruch and Spruch
with "rechtskräftig" in the clause; the coding guide codes an act again in every sentence that tells it). "Spruch"
is a verdict only so: a saying stays none, and an expert's "Urteil" about a plan is an opinion. Read off gnad7's
errors (twenty-seventh session, helper e1): gnad3 and gnad7 code such sentences, and three uncoded 10kGNAD
articles have them. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_COURT = "Das Bezirksgericht verurteilte den Wirt zu einer Geldstrafe. "
_FINAL = _COURT + "Das Urteil ist noch nicht rechtskräftig."


def _verdicts_in_last_sentence(events, text):
    start = text.rfind(". ") + 2
    return [e for e in of_type(events, "SANCTION") if e["trigger"]["start"] >= start]


@pytest.mark.parametrize("text", [
    _FINAL,
    _COURT + "Der Richterspruch ist allerdings nicht rechtskräftig.",
    _COURT + "Urteil nicht rechtskräftig.",
])
def test_a_verdict_said_not_final_is_the_verdict_again(analyse_text, text):
    found = _verdicts_in_last_sentence(analyse_text(text), text)
    assert found and not found[0]["negated"]


@pytest.mark.parametrize("text", [
    _COURT + "Ein alter Spruch sagt, dass Geduld sich lohnt.",
    _COURT + "Das Urteil der Fachleute über den Umbau fiel vernichtend aus.",
])
def test_sayings_and_opinions_are_no_verdict(analyse_text, text):
    assert not _verdicts_in_last_sentence(analyse_text(text), text)


def test_without_the_lines_the_verdict_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r for r in rows if "rechtskräftig" not in r[-1]], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not _verdicts_in_last_sentence(analyse_text(_FINAL), _FINAL)
