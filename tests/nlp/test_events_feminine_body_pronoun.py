"""A clause-opening "sie" before a singular verb may mean a body named before ("die Partei", "die
Polizei", "die SPD"), not only a woman: the nearest feminine singular noun before it, when it names a
party, is the doer (extract FEMININE_BODY_PRONOUN; twenty-first session, F6). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source", [
    ("Berlin – Die Partei hat am Wochenende einen neuen Chef gewählt. Sie kritisierte dort die Regierung.",
     "DISAPPROVE", ["DEUPTY"]),
    ("Berlin – Die FDP hat ein neues Programm beschlossen. Sie fordert darin die Regierung zu Reformen auf.",
     "DEMAND", ["DEUPTY"]),
    ("Ankara – Die Opposition hat ihre Anhänger versammelt. Sie verlangt den Rücktritt des Innenministers.",
     "DEMAND", ["TUROPP"]),
])
def test_sie_after_a_body_is_the_body(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts and codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text, kind", [
    # a nearer feminine noun that names no party is what "sie" means
    ("Berlin – Die Partei beschloss eine Reform der Rente. Sie kritisiert die Regierung indirekt.", "DISAPPROVE"),
    # a passive's "sie" is no body named before
    ("Berlin – Die Polizei hat den Bahnhof geräumt. Sie wurde dafür von der Opposition kritisiert.", "DISAPPROVE"),
])
def test_no_body_is_guessed_past_a_nearer_noun_or_in_a_passive(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert not any(codes(a["source"]) in (["DEUPTY"], ["DEUCOP"]) for a in acts)


def test_a_plural_sie_is_no_body(analyse_text):
    acts = of_type(analyse_text("Berlin – Die Partei hat zwei neue Sprecher. Sie kritisieren die Regierung."),
                   "DISAPPROVE")
    assert not any(codes(a["source"]) == ["DEUPTY"] for a in acts)


def test_without_the_rule_the_body_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FEMININE_BODY_PRONOUN", False)
    acts = of_type(analyse_text("Berlin – Die Partei hat am Wochenende einen neuen Chef gewählt. Sie kritisierte "
                                "dort die Regierung."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) != ["DEUPTY"]
