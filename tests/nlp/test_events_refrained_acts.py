"""An act someone is asked not to do is no act, neither done nor planned: "forderte alle auf, Israel
nicht mehr zu unterstützen", "rief die Armee auf, nicht auf Demonstranten zu schießen" give the DEMAND
alone, no negated demanded SUPPORT or ASSAULT beside it (extract.REFRAIN_NO_ACT); a demanded act that
is not negated stays, and so does a negated act that was reported. Twenty-fourth session, false
alarms of dev, dev2 and gnad3. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der Prediger forderte alle Muslime auf, Israel nicht mehr zu unterstützen.",
    "Der Gewerkschaftsbund appellierte an die Regierung, die Opposition nicht länger zu unterstützen.",
    "Die UNO rief die Armee auf, nicht auf Demonstranten zu schießen.",
])
def test_an_act_asked_not_to_be_done_is_no_event(analyse_text, text):
    evs = analyse_text(text)
    assert len(of_type(evs, "DEMAND")) == 1
    assert [e for e in evs if e["modality"] == "demanded" and e["negated"]] == []


@pytest.mark.parametrize("text, type_", [
    ("Die Opposition forderte die Regierung auf, die Sanktionen gegen Russland aufzuheben.", "CONCEDE"),
    ("Die Regierung hat die Sanktionen gegen Russland nicht aufgehoben.", "CONCEDE"),
])
def test_demanded_and_negated_reported_acts_stay(analyse_text, text, type_):
    assert len(of_type(analyse_text(text), type_)) == 1


def test_without_the_rule_the_refrained_support_is_an_event(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REFRAIN_NO_ACT", False)
    evs = analyse_text("Der Prediger forderte alle Muslime auf, Israel nicht mehr zu unterstützen.")
    assert [e for e in of_type(evs, "SUPPORT") if e["modality"] == "demanded" and e["negated"]]
