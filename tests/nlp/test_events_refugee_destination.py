"""In a text about refugees (a refugee noun at least twice), the country a deportation takes people to
("eine Rückführung nach Kroatien", "in die Türkei zurückgebracht") is where the refugees go, not whom
the act is aimed at: the target is the refugees of unknown country ("CVL"), even when the clause does
not name the people moved. Outside such a text the destination stays the target. Flag
extract.REFUGEE_DESTINATION; twenty-fifth session, helper e4. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_LEAD = ("Wien – Immer mehr Flüchtlinge kommen über die Balkanroute nach Österreich. "
         "Viele der Migranten wollen weiter nach Deutschland. ")


@pytest.mark.parametrize("last", [
    "Die österreichische Regierung kündigte am Montag eine Rückabschiebung nach Kroatien an.",
    "Die österreichische Polizei schiebt seit Montag nach Kroatien ab.",
])
def test_the_destination_of_a_deportation_in_a_refugee_text_is_no_target(analyse_text, last):
    acts = of_type(analyse_text(_LEAD + last), "COERCE")
    assert acts and "HRV" not in codes(acts[-1]["target"])


def test_without_the_rule_the_destination_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REFUGEE_DESTINATION", False)
    acts = of_type(analyse_text(_LEAD + "Die österreichische Regierung kündigte am Montag eine Rückabschiebung "
                                "nach Kroatien an."), "COERCE")
    assert acts and "HRV" in codes(acts[-1]["target"])
