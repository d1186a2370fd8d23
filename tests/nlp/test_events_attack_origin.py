"""A country after "aus" right after a hostile act noun ("Beschuss aus Syrien") says where the act
came from: it is no target. After a person ("der aus Hamburg stammende Mann") "aus" still gives the
person's country. Found reading lagebild's output on 10kGNAD articles (shelling from Syria on a
Turkish town coded as aimed at Syria too). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, origin", [
    ("In der Grenzstadt Kilis wurden zwei Bauern durch Beschuss aus Syrien verletzt.", "SYR"),
    ("Im Norden Israels wurden drei Soldaten bei einem Raketenangriff aus dem Libanon getötet.", "LBN"),
])
def test_the_origin_of_an_attack_is_no_target(analyse_text, text, origin):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert acts and all(origin not in codes(a["target"]) for a in acts)


def test_a_persons_origin_stays_the_victims_country(analyse_text):
    acts = of_type(analyse_text("Ein aus Polen stammender Mann wurde in Wien von der Polizei festgenommen."), "COERCE")
    assert len(acts) == 1 and [c[:3] for c in codes(acts[0]["target"])] == ["POL"]


def test_without_the_rule_the_origin_is_hit(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ATTACK_ORIGIN", False)
    acts = of_type(analyse_text("In der Grenzstadt Kilis wurden zwei Bauern durch Beschuss aus Syrien verletzt."),
                   "ASSAULT")
    assert acts and "SYR" in codes(acts[0]["target"])
