"""A gegen/gegenüber/mit phrase right after a plain noun belongs to that noun ("eine härtere Gangart
gegenüber China", "mangelnde Abgrenzung gegenüber der Sekte"): the one the verb asks or accuses stays
its target (extract.NOUN_PP_TARGET_LAST); the phrase is the target only when the clause names no other.
A phrase before the finite verb (VORFELD_NESTED) and an interview's partner (MEDIA_PARTNER) are left to
their own rules.
Twenty-second session, helper F3 (targets); found in gnad2 ("forderte Obama zu einer härteren Gangart
gegenüber China auf") and dev ("warf der LINKEN mangelnde Abgrenzung gegenüber der PKK vor"). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, target", [
    ("Der französische Präsident forderte die deutsche Regierung zu einer härteren Gangart gegenüber China auf.",
     "DEMAND", ["DEUGOV"]),
    ("Der italienische Minister warf der griechischen Regierung eine zu weiche Haltung gegenüber der Türkei vor.",
     "DISAPPROVE", ["GRCGOV"]),
    ("Der polnische Außenminister forderte die ukrainische Regierung zu mehr Nachsicht gegenüber Ungarn auf.",
     "DEMAND", ["UKRGOV"]),
    ("Die Zeitung berichtete, dass der italienische Minister der griechischen Regierung eine zu weiche Haltung "
     "gegenüber der Türkei vorwarf.", "DISAPPROVE", ["GRCGOV"]),
])
def test_the_phrase_of_a_plain_noun_does_not_replace_the_addressee(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target


def test_with_no_other_party_the_phrase_stays_the_target(analyse_text):
    acts = of_type(analyse_text("Die italienische Opposition kritisierte die Politik gegenüber Russland."),
                   "DISAPPROVE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == ["RUS"]


def test_an_act_noun_keeps_its_own_phrase(analyse_text):
    acts = of_type(analyse_text("Die Europäische Union verhängte am Montag Sanktionen gegen Russland."),
                   "SANCTION")
    assert acts and actor_codes(acts[0]["target"]) == ["RUS"]


def test_without_the_rule_the_phrase_takes_the_addressees_place(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NOUN_PP_TARGET_LAST", False)
    acts = of_type(analyse_text("Der französische Präsident forderte die deutsche Regierung zu einer härteren "
                                "Gangart gegenüber China auf."), "DEMAND")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == ["CHN"]
