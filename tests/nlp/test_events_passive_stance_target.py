"""Criticism or praise told in a passive with no agent and no party as its subject is aimed at the doer
of the act told just before. "Dass die Regierung … festnehmen ließ, wurde scharf kritisiert", "Die
Entscheidung wurde kritisiert": the defaults gave the setting's country as the critic and left the
target empty; a refusal in the passive already answered the last party named
(``extract.PASSIVE_STANCE_ADDRESSEE``). Charges and investigations ("Die Männer werden beschuldigt")
are left alone: their subject is the accused, not the one who acted last.
Session 30, helper a1s30 (targets predicted empty: "X wird kritisiert" in the passive). Uncoded news:
3 events changed (3 articles), 3 right (the doubted result of the government, the reprimand of a
governor, banks criticised for their offer); development parts: 3 targets changed, 2 right
(gnad1 234, gnad5 258), pooled type 2595 → 2595, tuple 1766 → 1766. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, doer", [
    ("Dass die Regierung in Budapest zwei Journalisten festnehmen ließ, wurde scharf kritisiert.", "HUNGOV"),
    ("Die polnische Regierung hat die Grenze zu Belarus geschlossen. Dieser Schritt wurde heftig kritisiert.",
     "POLGOV"),
    ("Die Regierung in Rom hat den Rettungsschiffen die Einfahrt verweigert. "
     "Die Entscheidung wurde am Montag kritisiert.", "ITAGOV"),
])
def test_agentless_passive_criticism_is_aimed_at_the_last_doer(analyse_text, text, doer):
    (e,) = of_type(analyse_text(text), "DISAPPROVE")
    assert actor_codes(e["target"]) == [doer]


def test_agentless_passive_praise_is_aimed_at_the_last_doer(analyse_text):
    evs = analyse_text("Die Regierung in Madrid hat den Streik der Fluglotsen beendet. "
                       "Das Vorgehen wurde ausdrücklich gelobt.")
    (e,) = of_type(evs, "SUPPORT")
    assert actor_codes(e["target"]) == ["ESPGOV"]


def test_a_passive_subject_that_is_a_party_stays_the_target(analyse_text):
    (e,) = of_type(analyse_text("Die Regierung in Warschau wurde scharf kritisiert."), "DISAPPROVE")
    assert actor_codes(e["target"]) == ["POLGOV"]


def test_an_active_critic_still_aims_at_the_decision_maker(analyse_text):
    evs = analyse_text("Die Regierung in Rom hat den Rettungsschiffen die Einfahrt verweigert. "
                       "Die Opposition kritisierte die Entscheidung.")
    (e,) = of_type(evs, "DISAPPROVE")
    assert actor_codes(e["source"]) == ["ITAOPP"] and actor_codes(e["target"]) == ["ITAGOV"]


def test_a_charge_in_the_passive_is_not_aimed_at_the_arresting_police(analyse_text):
    evs = analyse_text("Die polnische Polizei nahm am Montag zwei Männer fest. "
                       "Die Männer werden beschuldigt, Spione zu sein.")
    (e,) = of_type(evs, "DISAPPROVE")
    assert "POLCOP" not in actor_codes(e["target"])


def test_flag_off_leaves_the_passive_criticism_without_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PASSIVE_STANCE_ADDRESSEE", False)
    evs = analyse_text("Dass die Regierung in Budapest zwei Journalisten festnehmen ließ, wurde scharf kritisiert.")
    (e,) = of_type(evs, "DISAPPROVE")
    assert e["target"] == []
