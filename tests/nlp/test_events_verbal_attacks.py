"""Metaphors of conflict in political speech are no violence: an attack noun between a person or
civil office and another ("Frontalangriff der Opposition auf die Regierung") is DISAPPROVE; "ein Schuss
vor den Bug" fires no shot. "Die Kritik richtet sich gegen X" names the target of the criticism.
Injured and dead in a stampede or a train disaster are no one's act. Twentieth session, F10; the
sentences are written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source, target", [
    ("Die Opposition startete einen Frontalangriff auf die Regierung.", ["OPP"], ["GOV"]),
    ("Der Angriff der Grünen auf den Kanzler sorgte für Empörung.", ["DEUPTY"], ["DEUGOV"]),
    ("Die Attacken der SPD auf Angela Merkel wurden schärfer.", ["DEUPTY"], ["DEUGOV"]),
])
def test_an_attack_noun_between_speakers_is_words(analyse_text, text, source, target):
    evs = analyse_text(text)
    assert not of_type(evs, "ASSAULT")
    acts = of_type(evs, "DISAPPROVE")
    assert acts and (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text", [
    "Die Angriffe der Regierung auf die Rebellen gehen weiter.",
    "Die Armee startete einen Angriff auf die Rebellen.",
    "Der Angriff Russlands auf die Ukraine dauert an.",
])
def test_an_attack_on_or_by_armed_parties_stays_armed(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT")


def test_without_the_rule_a_government_attack_noun_on_anyone_is_words(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "VERBAL_NOUN_TARGET", False)
    evs = analyse_text("Die Angriffe der Regierung auf die Rebellen gehen weiter.")
    assert not of_type(evs, "ASSAULT") and of_type(evs, "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Das Urteil ist ein Schuss vor den Bug für die Regierung.",
    "Der Schuss ging für die SPD nach hinten los.",
])
def test_shot_idioms_are_no_assault(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


def test_a_shot_at_a_person_stays_an_assault(analyse_text):
    assert of_type(analyse_text("Die Schüsse der Soldaten auf die Demonstranten lösten Empörung aus."), "ASSAULT")


@pytest.mark.parametrize("text, kind, target", [
    ("Die Kritik der Opposition richtet sich gegen Innenminister Thomas de Maizière.", "DISAPPROVE", ["DEUGOV"]),
    ("Die Klage Österreichs richtet sich gegen die EU-Kommission.", "DISAPPROVE", ["IGOEUREEC"]),
    ("Die Sanktionen der EU richten sich gegen russische Banken.", "SANCTION", ["RUSBUS"]),
])
def test_sich_richten_gegen_names_the_target(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and actor_codes(acts[0]["target"]) == target


_STAMPEDE = ("Bei einer Massenpanik in einem Stadion in Ägypten sind 20 Fans getötet worden. "
             "Die Sicherheitskräfte hatten zuvor Tränengas eingesetzt.")


@pytest.mark.parametrize("text", [
    _STAMPEDE,
    "Bei einem Zugunglück im Norden Indiens starben 40 Menschen. Mehr als 200 weitere Personen wurden bei "
    "dem Unglück getötet oder verletzt, sagte ein Sprecher der Polizei. Rebellen sind in der Region aktiv.",
])
def test_the_dead_of_an_accident_are_no_assault(analyse_text, text):
    assert not [e for e in of_type(analyse_text(text), "ASSAULT")
                if e["trigger"]["text"] in ("getötet", "verletzt")]


def test_the_polices_act_in_a_stampede_stays(analyse_text):
    assert [e for e in of_type(analyse_text(_STAMPEDE), "ASSAULT") if e["trigger"]["text"] == "eingesetzt"]


def test_without_the_disaster_rule_the_stampede_kills_are_an_assault(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DISASTER_NO_ASSAULT", False)
    assert [e for e in of_type(analyse_text(_STAMPEDE), "ASSAULT") if e["trigger"]["text"] == "getötet"]
