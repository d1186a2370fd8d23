"""To fight *for* something ("kämpfen um") is an attack only when the stake is ground, power or control:
"Der Bürgermeister kämpft um sein Amt", "Um das Erbe wird gekämpft" compete for an office or an estate, and
in a text that names a war elsewhere they were ASSAULTs of the setting's rebels or government
(extract.FIGHT_STAKE; stake_verb, stake_prep and military_stake in function_words.tsv). A place, a name, a
stake of control or power or a doer the text names as armed keeps the fight.
Twenty-sixth session, helper e6; found on the uncoded 10kGNAD articles (five articles, all figurative).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

# a lead with words of armed conflict, so the fight verb may fire at all (triggers.tsv flag conflict)
_LEAD = "Im Norden des Landes dauert der Krieg gegen die Rebellen an, Dutzende Soldaten wurden getötet. "


def _fights(analyse_text, text):
    return [e for e in of_type(analyse_text(_LEAD + text), "ASSAULT")
            if e["trigger"]["text"].lower().startswith(("kämpf", "gekämpft"))]


@pytest.mark.parametrize("text", [
    "In der Hauptstadt kämpft der Bürgermeister Karl Huber um sein Amt.",
    "Um das Erbe des Konzerns wird seit Jahren gekämpft.",
    "Die Partei kämpfte im Süden um die Gunst der Bauern.",
    "Die Ärzte kämpfen um das Leben der Verletzten.",
])
def test_a_fight_for_an_office_or_a_good_is_no_attack(analyse_text, text):
    assert _fights(analyse_text, text) == []


@pytest.mark.parametrize("text", [
    "Die Armee kämpft seit Tagen um die Kontrolle über die Provinz.",
    "Soldaten kämpften am Montag um den Flughafen der Stadt.",
    "Die Milizen kämpften tagelang um Aleppo.",
    "Im Süden kämpfen die Truppen des Generals um die Macht.",
])
def test_a_fight_for_ground_power_or_control_stays(analyse_text, text):
    assert _fights(analyse_text, text)


def test_a_named_armed_doer_fights_whatever_the_stake(analyse_text):
    assert _fights(analyse_text, "Die Rebellen kämpfen um jeden Meter.")


def test_without_the_rule_the_office_is_fought_for_by_arms(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FIGHT_STAKE", False)
    assert _fights(analyse_text, "In der Hauptstadt kämpft der Bürgermeister Karl Huber um sein Amt.")
