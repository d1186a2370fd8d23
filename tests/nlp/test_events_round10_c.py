"""Tenth session, helper C: word classes of event triggers that recur in any German news text
(regret about another's decision, announced resignations, surveillance by intelligence
services). Every sentence is written for these tests."""

from __future__ import annotations

import pytest


def _types(evs):
    return sorted(e["type"] for e in evs)


# --- "bedauern" aimed at another party's decision or act is DISAPPROVE; regret alone stays CONCEDE
@pytest.mark.parametrize("text", [
    "Der Bürgermeister von Hamburg bedauerte die Entscheidung des Bundesgerichtshofs.",
    "Die Gewerkschaft bedauerte den Beschluss der Landesregierung.",
    "Frankreich bedauert die Weigerung Russlands, die Beobachter ins Land zu lassen.",
    "Der Verband bedauerte, dass die Regierung die Förderung gestrichen habe.",
])
def test_regret_about_another_decision_is_disapprove(analyse_text, text):
    types = _types(analyse_text(text))
    assert "DISAPPROVE" in types and "CONCEDE" not in types


def test_regret_about_an_incident_stays_concede(analyse_text):
    assert "CONCEDE" in _types(analyse_text("Der Innenminister bedauerte den Vorfall an der Grenze."))
