"""An investigation named by a compound ("Korruptionsermittlungen", "Mordermittlungen") is the
investigation it names, like "Ermittlungen" (flag compound on "Ermittlung" in triggers.tsv); a
compound whose first part is a cost, price, value or need ("Kostenermittlung", "Bedarfsermittlung")
is a calculation, no act (nomod). Data line only; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Gegen den früheren Bürgermeister laufen Korruptionsermittlungen.",
    "Die Staatsanwaltschaft hat Mordermittlungen gegen den Offizier aufgenommen.",
])
def test_a_compound_investigation_is_one(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and acts[0]["trigger"]["text"].endswith("ermittlungen")


@pytest.mark.parametrize("text", [
    "Die Kostenermittlung für den Bahnhof dauert noch an.",
    "Die Bedarfsermittlung der Gemeinde ergab einen Mangel an Kindergartenplätzen.",
])
def test_a_calculation_is_no_investigation(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")
