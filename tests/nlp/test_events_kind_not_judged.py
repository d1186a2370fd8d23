""""Illegal" before a noun or a verb names a kind of act ("die illegale Einwanderung", "sich illegal im Land aufhalten",
"der illegale Waffenhandel"): a speaker who tells of it judges no one. On the uncoded news such quotes were DISAPPROVE
events of their speakers (7 of 8 wrong, six articles: a minister glad that illegal migration had stopped, an ambassador
explaining new visa rules). Such a word judges only as a predicate: after a copula, "als" or "für", or right before a
copula ("Die Räumung sei illegal", "betrachtet die Räumung als illegal": speech.KIND_NOT_JUDGED, ``kind_of_act`` and
``predicate`` in evaluations.tsv; twenty-sixth session, helper e9). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech
from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "Die illegale Einwanderung über das Mittelmeer sei deutlich zurückgegangen, sagte der Innenminister.",
    "Hunderte Saisonarbeiter hielten sich illegal in Spanien auf, erklärte der Botschafter.",
    "Der illegale Handel mit Elfenbein über Kenia habe zugenommen, sagte der Sprecher der Naturschutzbehörde.",
])
def test_a_kind_of_act_is_no_criticism(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Die Räumung des Lagers durch die Polizei sei illegal, sagte der Anwalt der Bewohner.",
    "Der Oppositionsführer sagte, er betrachte die Verhaftung der Journalisten als illegal.",
    "Die Juristen der Kommission erklärten, dass die Enteignung der Bauern illegal gewesen sei.",
])
def test_illegal_as_a_predicate_still_judges(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text, judged", [
    ("die illegale Einwanderung sei zurückgegangen", False),
    ("sie lebten seit Jahren in der Illegalität", False),
    ("die Räumung sei illegal", True),
    ("dass die Räumung illegal sei", True),
    ("betrachtet die Räumung als illegal", True),
])
def test_only_the_predicate_judges(text, judged):
    assert (speech.judging(text, load_lexicon()) > 0) == judged


def test_without_the_rule_a_kind_of_act_makes_a_criticism(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "KIND_NOT_JUDGED", False)
    text = "Die illegale Einwanderung über das Mittelmeer sei deutlich zurückgegangen, sagte der Innenminister."
    assert of_type(analyse_text(text), "DISAPPROVE")
