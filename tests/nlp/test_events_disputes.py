"""A quarrel between political parties is a DISAPPROVE ("Streit", "streiten" in triggers.tsv,
flag actor: only with a party named); a quarrel with no state, IGO or political sector among its
parties the sentence names, or one a family member takes part in ("seine Frau"), is private life
(extract.PRIVATE_DISPUTE, dispute_word, kin_noun and spouse_noun in function_words.tsv).
Twenty-fourth session, issue 10; found on the development parts (dev, dev8, gnad1, gnad2), where
disputes between states and parties were coded and never found. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Frankreich und Italien streiten seit Wochen über die Verteilung der Flüchtlinge.",
    "Der Streit zwischen Serbien und dem Kosovo über die Grenzkontrollen hält an.",
    "Die Regierung in Budapest streitet mit der EU-Kommission über die Justizreform.",
    "Polen und Deutschland stritten am Montag erneut über die Reparationen.",
])
def test_a_dispute_between_parties_is_disapproval(analyse_text, text):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == 1


@pytest.mark.parametrize("text", [
    "Die beiden Brüder streiten sich seit Jahren über das Erbe ihres Vaters.",
    "In der Unterkunft gerieten zwei Bewohner in einen heftigen Streit.",
    "Die Anwohner streiten mit den Bewohnern über den Lärm.",
    "Der Botschafter und seine Frau streiten seit Monaten über den Umzug nach Wien.",
    "Der Streit um die Parkplätze vor der Schule beschäftigt die Eltern.",
])
def test_a_private_quarrel_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_bestreiten_stays_a_denial(analyse_text):
    acts = analyse_text("Das Ministerium streitet die Vorwürfe ab.")
    assert [e["type"] for e in acts] == ["REJECT"]


def test_without_the_rule_a_quarrel_of_residents_is_disapproval(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PRIVATE_DISPUTE", False)
    assert of_type(analyse_text("In der Unterkunft gerieten zwei Bewohner in einen heftigen Streit."), "DISAPPROVE")
