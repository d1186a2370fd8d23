"""A cooperation noun with no party, no partner phrase and no pair adjective names a field or a
topic, not cooperation between parties: "die Bereiche Kultur und wirtschaftliche Zusammenarbeit",
"ein Gremium zur Kooperation". With its parties, a partner ("Zusammenarbeit mit der Polizei") or
a noun of a change between two ("Annäherung") it stays an act. Twentieth session, precision
(LONE_COOPERATION). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Gekürzt werden die Budgets für Kultur, Sport und wirtschaftliche Zusammenarbeit.",
    "Der Rat ist ein Gremium zur Kooperation auf höchster Ebene.",
    "Das Dorf zählt mehrere Partnerschaften im Ausland.",
])
def test_a_field_of_cooperation_is_no_act(analyse_text, text):
    assert of_type(analyse_text(text), "COOPERATE") == []


@pytest.mark.parametrize("text", [
    "Eine britisch-französische Zusammenarbeit würde die Achse stärken.",
    "Die Firma lobte die Zusammenarbeit mit der Polizei.",
    "Die neue Annäherung könnte sich auf die Afrikapolitik auswirken.",
])
def test_cooperation_with_parties_or_partners_stays(analyse_text, text):
    assert len(of_type(analyse_text(text), "COOPERATE")) == 1


def test_without_the_flag_the_field_is_a_cooperation(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LONE_COOPERATION", False)
    text = "Gekürzt werden die Budgets für Kultur, Sport und wirtschaftliche Zusammenarbeit."
    assert len(of_type(analyse_text(text), "COOPERATE")) == 1
