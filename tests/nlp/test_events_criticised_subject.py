"""The subject of "steht in der Kritik" / "geriet in die Kritik" is criticised, not the critic
(extract CRITICISED_SUBJECT, function_words criticised_verb; seventeenth session, found on a
10kGNAD article where "Ungarns Flüchtlingspolitik steht in der Kritik" had no target). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, target", [
    ("Wien – Die ungarische Regierung steht wegen ihrer Flüchtlingspolitik in der Kritik.", ["HUNGOV"]),
    ("Berlin – Die Regierung ist wegen der Abschiebungen in die Kritik geraten.", ["DEUGOV"]),
    ("Berlin – Die Regierung geriet in die Kritik der Opposition.", ["DEUGOV"]),
])
def test_the_subject_in_the_criticism_is_its_target(analyse_text, text, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert codes(acts[0]["target"]) == target


def test_a_critic_after_the_noun_stays_the_source(analyse_text):
    acts = of_type(analyse_text("Berlin – Die Regierung geriet in die Kritik der Opposition."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["DEUOPP"]


def test_a_critic_as_the_subject_is_unchanged(analyse_text):
    acts = of_type(analyse_text("Berlin – Die Opposition übte Kritik an der Regierung."), "DISAPPROVE")
    assert acts and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["DEUOPP"], ["DEUGOV"])


def test_without_the_rule_the_criticised_government_is_the_critic(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CRITICISED_SUBJECT", False)
    acts = of_type(analyse_text("Berlin – Die Regierung ist wegen der Abschiebungen in die Kritik geraten."),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["DEUGOV"]
