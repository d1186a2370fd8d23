"""A verbal act that its parties aim at each other ("beschuldigten sich gegenseitig", "warfen einander
Wahlbetrug vor") has the parties as targets too (``extract.RECIPROCAL``, ``reciprocal`` in
function_words.tsv). Eighteenth session, found reading lagebild's output on 10kGNAD row 844
("machen sich Regierungstruppen und Rebellen gegenseitig verantwortlich" had no target). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, parties", [
    ("Moskau – Russland und die Ukraine beschuldigten sich am Montag gegenseitig.", ["RUS", "UKR"]),
    ("Kiew – Für die Kämpfe machen sich Regierungstruppen und Rebellen gegenseitig verantwortlich.",
     ["UKRMIL", "UKRREB"]),
    ("Washington – Die USA und China warfen einander unfaire Handelspraktiken vor.", ["CHN", "USA"]),
])
def test_the_parties_are_each_others_targets(analyse_text, text, parties):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (parties, parties)


def test_a_joint_act_on_a_third_party_keeps_its_target(analyse_text):
    acts = of_type(analyse_text("Berlin – CDU und SPD kritisierten gemeinsam die Regierung."), "DISAPPROVE")
    assert len(acts) == 1 and actor_codes(acts[0]["target"]) == ["DEUGOV"]


def test_without_the_rule_there_is_no_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RECIPROCAL", False)
    acts = of_type(analyse_text("Moskau – Russland und die Ukraine beschuldigten sich am Montag gegenseitig."),
                   "DISAPPROVE")
    assert acts and actor_codes(acts[0]["target"]) == []
