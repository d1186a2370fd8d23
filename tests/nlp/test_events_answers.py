"""An answer with no target named goes to the last other party of the text, and a bare country
counts as its government there: "Die Ukraine warf Russland vor, … Moskau wies dies zurück" is
RUSGOV > UKR, not RUSGOV > RUS (``STATE_IS_GOVERNMENT``); a stance on "dies" or "das" is aimed at
the doer of the act told before (``DEMONSTRATIVE_ACT``). Eighteenth session, issue 10; found in
gnad1's actor errors ("Moskau lehnt ab"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

TEXTS = [
    ("Die Ukraine warf Russland vor, Truppen an die Grenze verlegt zu haben. Moskau wies die Vorwürfe zurück.",
     "REJECT", ["UKR"]),
    ("Georgien beschuldigte Russland, den Waffenstillstand gebrochen zu haben. Moskau bestritt die Vorwürfe.",
     "REJECT", ["GEO"]),
]


@pytest.mark.parametrize("text, kind, target", TEXTS)
def test_the_answer_goes_to_the_accuser(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["target"]] == target


def test_without_the_rule_the_answer_goes_to_its_own_country(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STATE_IS_GOVERNMENT", False)
    acts = of_type(analyse_text(TEXTS[0][0]), "REJECT")
    assert [a.get("actor_code") for a in acts[0]["target"]] == ["RUS"]


@pytest.mark.parametrize("text, kind, target", [
    ("Israel griff Ziele im Gazastreifen an. Die Hamas verurteilte dies scharf.", "DISAPPROVE", ["ISR"]),
    ("Die USA verhängten Sanktionen gegen Russland. Die EU begrüßte das.", "SUPPORT", ["USA"]),
    ("Die Opposition beschuldigte die Regierung der Wahlfälschung. Das wies die Regierung zurück.", "REJECT",
     ["OPP"]),
])
def test_a_stance_on_this_is_aimed_at_the_doer_told_before(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["target"]] == target


def test_without_the_rule_a_stance_on_this_goes_to_the_last_party(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DEMONSTRATIVE_ACT", False)
    acts = of_type(analyse_text("Israel griff Ziele im Gazastreifen an. Die Hamas verurteilte dies scharf."),
                   "DISAPPROVE")
    assert [a.get("actor_code") for a in acts[0]["target"]] == ["PSE"]
