"""Two verb-final clauses under one subordinating conjunction ("weil Russland die Ukraine angegriffen
hat und die Nato ihre Truppen verlegt hat") are two clauses when the second has a subject and an
object of its own: its verb keeps its own subject and is not negated by the first clause's "kein".
A conjunct with one phrase only shares the subject. "ein Bild vermitteln" conveys an image, no
mediation. Twenty-first session, F9; found reading lagebild's output on 10kGNAD articles. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source", [
    ("Die Lage ist angespannt, weil Russland die Ukraine angegriffen hat und die Nato ihre Truppen verlegt hat.",
     "MOBILIZE", ["IGOWSTNAT"]),
    ("Es gab Streit, weil die Regierung die Opposition kritisierte und die Polizei die Demonstranten festnahm.",
     "COERCE", ["COP"]),
])
def test_the_second_conjunct_keeps_its_own_subject(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


def test_the_first_conjuncts_kein_does_not_negate_the_second(analyse_text):
    acts = of_type(analyse_text("Die Grenze bleibt zu, weil Ungarn keine Flüchtlinge mehr aufnimmt und "
                                "daraufhin Serbien und Kroatien ihre Grenzen geschlossen haben."), "COERCE")
    assert acts and not acts[-1]["negated"] and "HUN" not in actor_codes(acts[-1]["source"])


def test_a_conjunct_with_one_phrase_shares_the_subject(analyse_text):
    evs = analyse_text("Die Lage ist angespannt, weil Russland die Ukraine angegriffen hat und Georgien bedroht.")
    acts = of_type(evs, "THREATEN") or of_type(evs, "ASSAULT")
    assert acts and all(actor_codes(e["source"]) == ["RUS"] for e in acts)


def test_without_the_rule_the_first_subject_carries_over(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SUBORDINATE_CONJUNCT", False)
    acts = of_type(analyse_text("Es gab Streit, weil die Regierung die Opposition kritisierte und die Polizei "
                                "die Demonstranten festnahm."), "COERCE")
    assert acts and actor_codes(acts[0]["source"]) != ["COP"]


@pytest.mark.parametrize("text, events", [
    ("Das Unternehmen will ein modernes Bild vermitteln.", 0),
    ("Die Lehrer sollen den Schülern Wissen vermitteln.", 0),
    ("Norwegen vermittelte zwischen der Regierung und den Rebellen.", 1),
])
def test_vermitteln_of_an_image_or_knowledge_is_no_mediation(analyse_text, text, events):
    assert len(of_type(analyse_text(text), "CONSULT")) == events
