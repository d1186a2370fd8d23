"""A naming verb's judgement ("hat das Urteil als Unrecht bezeichnet", "nannte den Senator einen Hochstapler")
was a DISAPPROVE only with a word of its own obj= list in triggers.tsv, which had drifted apart from the
evaluative words that weigh quotes (evaluations.tsv). The naming lines (bezeichnen, nennen, werten; flag judge)
now also take any judging word of evaluations.tsv (neg, not topical), unless positive words outweigh it
(extract.NAMING_JUDGEMENT); quoted words are left to the quote ("nannte sie „fahrlässig“", weighed by speech.py
with its speaker) and a noun right before a name is a title, not a judgement. evaluations.tsv gains four insults
("Hochstapler", "Schwachsinn", "erniedrigend", "Krüppel"). Read off the uncoded news (twenty-sixth session,
helper e5: six uncoded articles, seven judgements missed). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_UNRECHT = "Die Außenministerin hat das Urteil gegen den Blogger als Unrecht bezeichnet."
_VERBS = ("bezeichnet", "bezeichnete", "nannte", "nennt", "wertete")


def _judgements(events):
    return [e for e in of_type(events, "DISAPPROVE") if e["trigger"]["text"] in _VERBS]


@pytest.mark.parametrize("text", [
    _UNRECHT,
    "Der Senator bezeichnete den Gouverneur als Hochstapler.",
    "Als Schwachsinn bezeichnete der Minister die Pläne der Kommission.",
    "Die Oppositionsführerin nannte die Auflagen der Gläubiger erniedrigend.",
])
def test_a_judging_word_makes_the_naming_a_criticism(analyse_text, text):
    assert _judgements(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Der Minister bezeichnete die Lage an der Grenze als angespannt.",
    "Die Zeitung nannte Wehrdienstverweigerer Paul Berger einen Nachbarn des Bürgermeisters.",
    "Die Ministerin bezeichnete die Versäumnisse ihrer Vorgänger als verständlich und lobte die großartige Arbeit der Beamten.",
])
def test_no_judgement_no_criticism(analyse_text, text):
    assert not _judgements(analyse_text(text))


def test_without_the_rule_the_judgement_is_missed(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NAMING_JUDGEMENT", False)
    assert not _judgements(analyse_text(_UNRECHT))
