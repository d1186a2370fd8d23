"""A genitive actor whose mention begins with its own article ("der österreichischen Regierung", "des
russischen Außenministeriums") is an attribute of the noun before it, wherever that article stands:
in a fronted adverbial ("Nach dem Verzicht der österreichischen Regierung hat der italienische
Innenminister …") it is not the clause's subject, and inside a clause-opening phrase ("Der Sprecher
der russischen Regierung kritisierte …") its adjective does not make that phrase a fronted dative.
Twentieth session, helper F2; found reading lagebild's actors on 10kGNAD articles (an Italian
minister's welcome coded AUTGOV > ITAGOV). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Nach dem Verzicht der österreichischen Regierung auf Grenzkontrollen hat der italienische Innenminister "
     "am Samstag die Entscheidung begrüßt.", "SUPPORT", ["ITAGOV"], ["AUTGOV"]),
    ("Nach der Kritik der polnischen Regierung hat der deutsche Außenminister am Montag die Pläne verteidigt.",
     "SUPPORT", ["DEUGOV"], ["POLGOV"]),
    ("Wegen der Angriffe der syrischen Armee hat die türkische Regierung den Botschafter einbestellt.",
     "DISAPPROVE", ["TURGOV"], ["SYRMIL"]),
])
def test_a_genitive_in_a_fronted_adverbial_is_no_subject(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_genitive_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "GENITIVE_ARTICLE_INSIDE", False)
    # VORFELD_PP_NO_SUBJECT (merged in the same session) also keeps this genitive out of the subject
    monkeypatch.setattr(extract, "VORFELD_PP_NO_SUBJECT", False)
    acts = of_type(analyse_text("Nach dem Verzicht der österreichischen Regierung auf Grenzkontrollen hat der "
                                "italienische Innenminister am Samstag die Entscheidung begrüßt."), "SUPPORT")
    assert acts and actor_codes(acts[0]["source"]) == ["AUTGOV"]


@pytest.mark.parametrize("text, kind, source, target", [
    ("Der Sprecher der russischen Regierung kritisierte die USA.", "DISAPPROVE", ["RUSGOV"], ["USA"]),
    ("Der Sprecher des russischen Außenministeriums kritisierte die USA.", "DISAPPROVE", ["RUSGOV"], ["USA"]),
    # the phrase's own adjective still makes it a fronted dative
    ("Der österreichischen Regierung warf die Opposition Versagen vor.", "DISAPPROVE", ["AUTOPP"], ["AUTGOV"]),
])
def test_a_genitive_adjective_does_not_decide_the_case_of_the_opening(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_speaker_is_a_dative(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "OWN_PHRASE_CASE", False)
    acts = of_type(analyse_text("Der Sprecher der russischen Regierung kritisierte die USA."), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["USA"]
