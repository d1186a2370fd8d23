"""An agreement the story already knows, named anywhere in a clause that neither makes it nor judges it, is the
clause's topic, not an agreement made there: "eine Blockade des Atomabkommens mit dem Iran", "nach dem Washingtoner
Abkommen geschützt", "ein Votum zu dem Abkommen". The noun "Abkommen", "Vereinbarung" or "Übereinkunft" (and their
compounds) after a definite, demonstrative or possessive determiner (adjectives may come between) is no AGREE when
the clause has no word of its making (unterzeichnet, geschlossen, erzielt, getroffen, in Kraft …) and none of its
existence (flag NAMED_AGREEMENT_TOPIC in extract.py; one opening its clause is left to NAMED_AGREEMENT_SUBJECT).
"Ein Abkommen …" is news of one and stays; so does a known agreement judged by a stance verb (STANCE_ON_AGREEMENT:
"verteidigte das Atomabkommen"), after a stance noun ("Kritik an dem Abkommen der USA") or judged "als" something
("bezeichneten die Übereinkunft als beschämenden Deal"), which the coders code in the story of its making, and the
plain "Vereinbarung" (dev10 codes "von der Vereinbarung unberührt"). Session 31, helper c1s31 (precision of the
cooperation types); uncoded news: 10 AGREE removed in 7 articles, all judged wrong (4 context actors changed: 2
better, 1 worse, 1 wrong both ways); development parts unchanged (type matches 2611, tuple 1782, predictions 3564).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

TOPICS = [
    "Die Demokraten konnten eine Blockade des Atomabkommens mit Nordkorea im Senat verhindern.",
    "Ein Votum im Parlament zu dem Abkommen mit Chile ist damit nur noch symbolisch.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_a_known_agreement_as_the_topic_is_no_agreement_made(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    "Die Regierung bezeichnete das Abkommen mit Serbien als großen Erfolg.",
    "Serbien und Kroatien haben das Abkommen über die Grenze am Montag in Wien unterzeichnet.",
    "Kroatien und Slowenien schlossen am Freitag ein Abkommen über die Fischerei.",
    "Der Außenminister verteidigte am Montag im Senat das Atomabkommen mit Nordkorea.",
])
def test_an_agreement_judged_made_or_new_stays(analyse_text, text):
    assert len(of_type(analyse_text(text), "AGREE")) == 1


@pytest.mark.parametrize("text", TOPICS)
def test_without_the_rule_the_topic_is_an_agreement(analyse_text, monkeypatch, text):
    monkeypatch.setattr(extract, "NAMED_AGREEMENT_TOPIC", False)
    assert of_type(analyse_text(text), "AGREE")
