"""Resisting what others say or impose is a REJECT too: "wehrt sich gegen die Aussagen des Konzerns", "gegen
jede Einmischung von außen", "gegen das Konzept der Geschäftsführung" (triggers.tsv wehren, refl, prep=gegen:
statements, interference, concepts, proposals, conditions, policies beside the plans and charges it had); a
person fending off an attacker stays none. Data line only. Session 29, helper e4; found on gnad7 and the
uncoded news. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import EventExtractor, lexicon

_RESISTING = [
    "Der Sender wehrt sich gegen die Aussagen des Kabelnetzbetreibers.",
    "Die Regierung in Warschau wehrte sich gegen jede Einmischung aus Brüssel.",
    "Die Piloten wehrten sich gegen das Konzept der Geschäftsführung.",
]


@pytest.mark.parametrize("text", _RESISTING)
def test_resisting_what_others_say_or_impose_is_a_rejection(analyse_text, text):
    assert len(of_type(analyse_text(text), "REJECT")) == 1


def test_fending_off_an_attacker_is_no_rejection(analyse_text):
    assert not of_type(analyse_text("Der Kassierer wehrte sich gegen den Räuber und rief um Hilfe."), "REJECT")


def test_without_the_nouns_resisting_statements_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file == "triggers.tsv":
            rows = [r[:5] + [r[5].split("|aussage|")[0]] if r[0] == "wehren" else r for r in rows]
        return rows, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    for text in _RESISTING:
        assert not of_type(analyse_text(text), "REJECT"), text
