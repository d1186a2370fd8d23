"""An agreement that opens its clause as the subject of what it says or how it is judged is the sentence's topic,
not an agreement made there: "Die Übereinkunft soll verhindern, dass …", "Diese Vereinbarung ist eine Metapher
für …", "Das neu verhandelte Abkommen … ist auf Kritik gestoßen". With no word of its making in the clause
(unterzeichnet, geschlossen, erzielt, getroffen, in Kraft …) the noun "Abkommen", "Vereinbarung" or "Übereinkunft"
(and their compounds) opening its clause with a definite, demonstrative or possessive determiner is no AGREE
there (flag NAMED_AGREEMENT_SUBJECT in extract.py). Its existence ("Es gibt bereits ein Abkommen …", which the
coders code), an agreement named elsewhere in the clause, and "Zahlreiche Vereinbarungen … sind inakzeptabel"
(dev6: removing it left its sentence silent against the gold rejection, over the silent-gold ceiling) stay to
other rules; making every such noun need a word of its making, as "Vertrag" does, cost 6 right matches in 18 on
the development parts. Session 30, helper p2s30 (precision of the cooperation types); uncoded news: 4 removed in
2 articles, all wrong; development parts: 1 removed (gnad6), wrong; pooled type matches 2596 -> 2596,
predictions 3564 -> 3563. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

TOPICS = [
    "Die Vereinbarung zwischen der EU und der Türkei soll verhindern, dass weitere Flüchtlinge kommen.",
    "Dieses Abkommen zwischen Kanada und der EU ist ein schwerer Fehler.",
    "Das umstrittene Handelsabkommen zwischen Kanada und der EU ist bei Umweltgruppen auf Kritik gestoßen.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_an_agreement_as_the_topic_is_no_agreement_made(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    "Das Abkommen wurde am Montag in Genf von Russland und der Ukraine unterzeichnet.",
    "Es gibt bereits ein Abkommen zwischen Italien und Österreich.",
    "Die Vereinbarung zwischen Serbien und Kroatien trat am Freitag in Kraft.",
])
def test_an_agreement_made_existing_or_in_force_stays(analyse_text, text):
    assert len(of_type(analyse_text(text), "AGREE")) == 1


@pytest.mark.parametrize("text", TOPICS)
def test_without_the_rule_the_topic_is_an_agreement(analyse_text, monkeypatch, text):
    monkeypatch.setattr(extract, "NAMED_AGREEMENT_SUBJECT", False)
    assert of_type(analyse_text(text), "AGREE")
