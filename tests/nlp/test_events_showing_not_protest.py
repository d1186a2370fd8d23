""""demonstrieren" with an object clause ("um zu demonstrieren, wie geschlossen Europa sei") or a demonstrative
pronoun as its fronted object ("Das demonstrierte auch der Kanzler") means showing something, not a protest. On the
uncoded news three such sentences were PROTEST events (extract.SHOWING_NOT_PROTEST, twenty-sixth session, helper
e2). A demonstration in the street stays, also with an aside after a comma ("demonstrierten, wie angekündigt, vor
dem Parlament"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Regierung will mit dem Gipfel demonstrieren, wie geschlossen Europa sei.",
    "Um zu demonstrieren, dass er den Vertrag ernst nehme, reiste der Minister nach Kiew.",
    "Das demonstrierte am Montag auch der Kanzler selbst, als er die Rede hielt.",
])
def test_showing_is_no_protest(analyse_text, text):
    assert not of_type(analyse_text(text), "PROTEST")


@pytest.mark.parametrize("text", [
    "Am Montag demonstrierten Tausende gegen die Regierung in Kiew.",
    "Hunderte Studenten versammelten sich, um für niedrigere Gebühren zu demonstrieren.",
    "Die Bauern demonstrierten, wie angekündigt, vor dem Parlament.",
])
def test_a_demonstration_stays_a_protest(analyse_text, text):
    assert of_type(analyse_text(text), "PROTEST")


def test_without_the_rule_showing_is_a_protest(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SHOWING_NOT_PROTEST", False)
    text = "Die Regierung will mit dem Gipfel demonstrieren, wie geschlossen Europa sei."
    assert of_type(analyse_text(text), "PROTEST")
