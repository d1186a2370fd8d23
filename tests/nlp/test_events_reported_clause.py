"""A separable verb whose particle follows a reported clause between commas ("wies den Vorwurf, es
habe Druck ausgeübt, zurück", "wies Berichte, wonach er gehe, zurück") is still the separable verb:
the clause has a finite verb of its own and is embedded like a relative clause
(``extract.SPLIT_ACROSS_REPORTED``). Eighteenth session, recall of verbal acts. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source", [
    ("Wien – Das Außenministerium wies den Vorwurf, es habe Druck ausgeübt, am Montag zurück.", ["AUTGOV"]),
    ("Wien – Der Minister wies den Vorwurf, er habe die Bevölkerung getäuscht, entschieden zurück.",
     ["AUTGOV"]),
    ("Wien – Der Minister wies Berichte, wonach er zurücktreten wolle, zurück.", ["AUTGOV"]),
])
def test_a_reported_clause_between_commas_keeps_the_separable_verb(analyse_text, text, source):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text", [
    "Wien – Das Außenministerium wies den Vorwurf, es habe Druck ausgeübt, am Montag zurück.",
    "Wien – Der Minister wies den Vorwurf, er habe die Bevölkerung getäuscht, entschieden zurück.",
])
def test_without_the_rule_the_reported_clause_hides_the_particle(analyse_text, monkeypatch, text):
    monkeypatch.setattr(extract, "SPLIT_ACROSS_REPORTED", False)
    assert not of_type(analyse_text(text), "REJECT")


def test_a_phrase_between_commas_with_no_verb_still_needs_its_opener(analyse_text):
    # an apposition with no finite verb and no article is no embedded clause: nothing changes there
    acts = of_type(analyse_text("Wien – Die ÖVP lehnte den Vorschlag, die Steuern zu senken, am Montag ab."),
                   "REJECT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["AUTPTY"]
