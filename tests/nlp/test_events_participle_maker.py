"""A stance on a thing someone made ("kritisierte den von der Regierung vorgelegten Plan") is aimed at its
maker, the von-doer of the attributive participle, when the clause names no other target
(extract.STANCE_PARTICIPLE_MAKER). A participle inside another phrase ("für die vom Gericht gekippte
Regelung") and an object that is a party itself are left alone. Twenty-second session, helper F3
(targets). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Wien – Die Opposition kritisierte den von der Regierung vorgelegten Plan.", "DISAPPROVE",
     ["AUTOPP"], ["AUTGOV"]),
    ("Wien – Die Opposition begrüßte das von der Regierung beschlossene Gesetz.", "SUPPORT", ["AUTOPP"], ["AUTGOV"]),
])
def test_a_stance_on_a_made_thing_aims_at_its_maker(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_a_party_object_stays_the_target(analyse_text):
    acts = of_type(analyse_text("Wien – Die Regierung kritisierte die von Russland unterstützten Separatisten."),
                   "DISAPPROVE")
    assert len(acts) == 1
    assert "RUS" not in actor_codes(acts[0]["target"])


def test_a_participle_inside_another_phrase_names_no_target(analyse_text):
    acts = of_type(analyse_text("Wien – Vizekanzler Mitterlehner sprach sich für eine Nachfolgeregelung für die "
                                "vom Verfassungsgerichtshof gekippte Regelung aus."), "SUPPORT")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == []


def test_without_the_rule_the_stance_has_no_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STANCE_PARTICIPLE_MAKER", False)
    acts = of_type(analyse_text("Wien – Die Opposition kritisierte den von der Regierung vorgelegten Plan."),
                   "DISAPPROVE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == []
