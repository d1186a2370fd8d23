"""A measure a party finds too little is its disapproval: "Das ist den Grünen zu wenig" (docs/EVENT_CODING.md:
"das ist uns zu wenig" DISAPPROVE; triggers.tsv "wenig", pos A with flag degree). The adjective counts only
right after "zu" and closing its clause (extract.DEGREE_JUDGEMENT): "Es gibt zu wenig Lehrer" and "es wird
zu wenig investiert" tell an amount. Twenty-fourth session, issue 10; found on the development parts
(gnad2, gnad3, gnad4). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Dass die Renten nur um ein Prozent steigen sollen, ist den Gewerkschaften zu wenig.",
    "Der Kompromiss der Koalition ist der Opposition zu wenig.",
    "Das ist der FPÖ aber zu wenig, denn die Grenzkontrollen seien nur angekündigt.",
    "Die angebotenen zwei Prozent waren der Gewerkschaft zu wenig.",
])
def test_too_little_for_a_party_is_disapproval(analyse_text, text):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == 1


@pytest.mark.parametrize("text", [
    "Es gibt in Wien zu wenig Lehrer.",
    "Nach Ansicht der Forscher wird in die Bahn zu wenig investiert.",
    "Viele Kinder schlafen zu wenig.",
    "Die Regierung hat wenig Zeit.",
    "Der Plan stieß bei den Ländern auf wenig Gegenliebe.",
])
def test_an_amount_is_no_judgement(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_too_little_is_no_event(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DEGREE_JUDGEMENT", False)
    assert not of_type(analyse_text("Der Kompromiss der Koalition ist der Opposition zu wenig."), "DISAPPROVE")
