""""nach" with an article before an act noun says when ("Nach dem russischen Angriff hat …"), not
where to; the parties of that act noun are not parties of the clause's verb. "nach Moskau" still
names a direction. Twentieth session, issue 10; found reading lagebild's output on uncoded GermEval
text. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Nach dem russischen Angriff hat die ukrainische Regierung die Grenze geschlossen.",
     "COERCE", ["UKRGOV"], ["UKRCVL"]),
    ("Zwei Tage nach dem syrischen Angriff aus dem Libanon hat die israelische Polizei vier Männer festgenommen.",
     "COERCE", ["ISRCOP"], ["ISRCVL"]),
])
def test_the_act_noun_after_temporal_nach_keeps_its_parties(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_the_act_noun_itself_keeps_its_parties(analyse_text):
    acts = of_type(analyse_text("Nach dem russischen Angriff hat die ukrainische Regierung die Grenze geschlossen."),
                   "ASSAULT")
    assert len(acts) == 1 and codes(acts[0]["source"]) == ["RUS"]


def test_nach_before_a_place_is_still_a_direction(analyse_text):
    acts = of_type(analyse_text("Die französische Regierung schickte Truppen nach Mali."), "AID")
    acts = acts or of_type(analyse_text("Die französische Regierung schickte Truppen nach Mali."), "MOBILIZE")
    assert acts and "MLI" in codes(acts[0]["target"])


def test_without_the_rule_the_act_nouns_party_is_a_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "TEMPORAL_NACH", False)
    acts = of_type(analyse_text("Zwei Tage nach dem syrischen Angriff aus dem Libanon hat die israelische Polizei "
                                "vier Männer festgenommen."), "COERCE")
    assert acts and codes(acts[0]["target"]) != ["ISRCVL"]
