"""An attack told as words is a DISAPPROVE even when its doer is no named speaker: the verbal= rule of
triggers.tsv needs a politician or a civil office as the doer, so "heftige Attacken" in a campaign, "ritten
Attacken gegen den Rivalen" or "ein Angriff auf das Lohnniveau" with an unresolved doer were ASSAULTs of the
setting's rebels on civilians (extract.VERBAL_ATTACK_CUES; verbal_manner, attack_talk_verb, attack_object and
violence_word in function_words.tsv). The cues: a manner word at the attack ("heftig", "scharf", "persönlich"), the
campaign verb "reiten", or a rival or a social good as what is attacked "auf"/"gegen". A weapon or a casualty in the
sentence, an armed party or a place or state attacked keeps the attack armed.
Twenty-sixth session, helper e10; found on the uncoded 10kGNAD articles (campaign and union quotes).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_ATTACK = ("angriff", "attack", "angegriff", "angreif", "griff", "greift")
# a lead with words of armed conflict, so an attack with no doer of its own is typed at all
_LEAD = "Im Norden des Landes dauern die Kämpfe gegen die Rebellen an. "


def _typed(analyse_text, text, type_):
    """The events of type ``type_`` of ``text`` (after the lead) whose trigger is an attack word."""
    return [e for e in of_type(analyse_text(_LEAD + text), type_) if e["trigger"]["text"].lower().startswith(_ATTACK)]


@pytest.mark.parametrize("text", [
    "Die Pressekonferenz dominierten dann heftige Attacken auf den Konkurrenten.",
    "Gegen die Bürgermeisterin ritten die beiden Wahlkampfmanager am Montag mehrere Attacken.",
    "Diesen Angriff auf das Lohnniveau werden die Beschäftigten nicht hinnehmen, sagte der Sprecher.",
    "Im Wahlkampf sollen persönliche Angriffe künftig unterbleiben.",
])
def test_an_attack_in_words_is_no_assault(analyse_text, text):
    assert _typed(analyse_text, text, "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "Die Pressekonferenz dominierten dann heftige Attacken auf den Konkurrenten.",
    "Im Wahlkampf sollen persönliche Angriffe künftig unterbleiben.",
    "Diesen Angriff auf das Lohnniveau werden die Beschäftigten nicht hinnehmen, sagte der Sprecher.",
])
def test_an_attack_in_words_is_a_disapproval(analyse_text, text):
    assert _typed(analyse_text, text, "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Heftige Angriffe auf das Dorf forderten am Dienstag zwölf Tote.",
    "Bewaffnete haben am Montag einen Konkurrenten des Händlers mit einem Messer angegriffen.",
    "Die Armee meldete am Sonntag heftige Angriffe auf ihre Stellungen im Norden.",
    "Heftige Angriffe auf Homs wurden am Montag gemeldet.",
])
def test_a_weapon_a_casualty_or_an_armed_party_keeps_the_assault(analyse_text, text):
    assert _typed(analyse_text, text, "ASSAULT")


def test_without_the_rule_the_campaign_attack_is_an_assault(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "VERBAL_ATTACK_CUES", False)
    text = "Die Pressekonferenz dominierten dann heftige Attacken auf den Konkurrenten."
    assert _typed(analyse_text, text, "ASSAULT")
