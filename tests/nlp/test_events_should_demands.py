"""A speaker's "should" ("sollte") or quoted "muss" that names no one to act is still the speaker's DEMAND
("Wobei mehr in die Pflege investiert werden sollte, sagt X"), as "müsse" was (UNNAMED_DEMAND); not a
verb-first condition ("Sollte es …, …"), a schedule ("sollte am Montag stattfinden"), a supposition ("…
haben muss") or a relative clause ("Berichte, die veröffentlicht werden sollten"). Twenty-first session,
helper F4; found in gnad1, gnad2 and gnad4 (Preitler, Walser, the Wifo chief). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech

_BY = ", sagte Bundeskanzler Werner Faymann."


@pytest.mark.parametrize("text", [
    "Es sollte mehr Geld für die Schulen geben" + _BY,
    "Wobei grundsätzlich mehr in die Pflege investiert werden sollte" + _BY,
    "Es muss möglich sein, dass Gemeinden eigene Schulen gründen" + _BY,
])
def test_an_unnamed_should_is_the_speakers_demand(analyse_text, text):
    acts = of_type(analyse_text(text), "DEMAND")
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["source"]] == ["AUTGOV"]


@pytest.mark.parametrize("text", [
    "Sollte es zu keiner Einigung kommen, werde man klagen" + _BY,
    "Das Treffen sollte am Montag stattfinden" + _BY,
    "Er meinte, dass es zwei Berichte gebe, die gemeinsam veröffentlicht werden sollten" + _BY,
])
def test_a_condition_a_schedule_or_a_relative_clause_is_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


def test_a_supposition_about_the_past_is_no_demand(analyse_text):
    assert not of_type(analyse_text("Er sei sicher, dass es schon früher solche Pläne gegeben haben muss" + _BY), "DEMAND")


def test_without_the_rule_an_unnamed_should_is_no_event(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "UNNAMED_SHOULD", False)
    assert not of_type(analyse_text("Wobei grundsätzlich mehr in die Pflege investiert werden sollte" + _BY),
                       "DEMAND")
