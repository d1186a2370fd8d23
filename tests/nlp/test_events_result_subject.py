""""Sich ergeben" is a surrender only with a party as its subject; with a demonstrative pronoun
("Dies ergibt sich aus …") or a thing ("ergibt sich … eine neue Lage") as its subject it tells a
result, no act. A noun phrase whose genitive names the party ("Ein Kommandeur der Taliban") is a
party, for "drohen" too. Twenty-first session, found reading lagebild's output on 10kGNAD
articles ("Dies ergebe sich aus dem Finanzbedarf der griechischen Regierung"). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Dies ergebe sich aus dem Haushaltsplan der spanischen Regierung.",
    "Das ergibt sich aus dem jüngsten Bericht der Regierung.",
    "Nach der Wahl in Portugal ergibt sich für die Regierung eine völlig neue Lage.",
])
def test_a_result_is_no_surrender(analyse_text, text):
    assert of_type(analyse_text(text), "RETREAT") == []


@pytest.mark.parametrize("text", [
    "Die Rebellen ergaben sich am Morgen den Regierungstruppen.",
    "Ein Kommandeur der Taliban ergab sich der afghanischen Armee.",
    "Mehrere hundert Kämpfer haben sich in der Stadt ergeben.",
])
def test_a_party_still_surrenders(analyse_text, text):
    assert len(of_type(analyse_text(text), "RETREAT")) == 1


def test_a_genitive_party_still_threatens(analyse_text):
    text = "Ein Anführer der Rebellen drohte der Regierung mit neuen Anschlägen."
    assert len(of_type(analyse_text(text), "THREATEN")) == 1


def test_without_the_rule_the_result_is_a_surrender(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RESULT_SUBJECT", False)
    text = "Dies ergebe sich aus dem Haushaltsplan der spanischen Regierung."
    assert of_type(analyse_text(text), "RETREAT")
