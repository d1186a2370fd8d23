"""The owner of a thing a hostile act hits is its target also when the thing is a bare plural
("Die Armee griff Stellungen der Rebellen an": the tagger reads the finite verb before a bare noun
as an adjective, extract.ADJA_FINITE_VERB) and when an act noun names the act ("hat Angriffe auf
Stellungen der Rebellen begonnen", "Bei Angriffen der Armee auf Stellungen der Rebellen …",
extract.HIT_THING_OF_ACT_NOUN); both were MIL > CVL. Nineteenth session, found on gnad1 ("Angriffe
auf Stellungen der Jihadistenmiliz") and probing. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _parties(analyse_text, text, kind="ASSAULT"):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    return ([a.get("actor_code") for a in acts[0]["source"]], [a.get("actor_code") for a in acts[0]["target"]])


@pytest.mark.parametrize("text", [
    "Die Armee griff Stellungen der Rebellen an.",
    "Die Armee bombardierte Stellungen der Rebellen.",
])
def test_the_owner_of_a_bare_plural_thing_is_the_target(analyse_text, text):
    assert _parties(analyse_text, text) == (["MIL"], ["REB"])


@pytest.mark.parametrize("text", [
    "Die Armee hat Angriffe auf Stellungen der Rebellen begonnen.",
    "Die Armee flog Angriffe auf die Stellungen der Rebellen.",
    "Bei Angriffen der Armee auf Stellungen der Rebellen starben zehn Menschen.",
])
def test_the_owner_of_the_thing_an_act_noun_hits_is_the_target(analyse_text, text):
    assert _parties(analyse_text, text) == (["MIL"], ["REB"])


def test_the_genitive_of_the_subject_stays_the_doer(analyse_text):
    assert _parties(analyse_text, "Die Kämpfer der Rebellen griffen an.")[0] == ["REB"]


def test_without_the_tagging_rule_the_bare_plural_owner_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ADJA_FINITE_VERB", False)
    assert _parties(analyse_text, "Die Armee griff Stellungen der Rebellen an.")[1] == ["CVL"]


def test_without_the_act_noun_rule_the_owner_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "HIT_THING_OF_ACT_NOUN", False)
    assert _parties(analyse_text, "Die Armee hat Angriffe auf Stellungen der Rebellen begonnen.")[1] == ["CVL"]
