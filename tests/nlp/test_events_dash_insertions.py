"""An insertion between dashes after the subject ("Der Minister – er war erst seit Mai im Amt –
kritisierte …") interrupts the clause: its subject stands before the first dash, the actors after
the verb are objects. Found reading lagebild's output on 10kGNAD articles (a party leader's warning
to the AKP coded as the AKP's). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Der Minister – er war erst seit Mai im Amt – kritisierte die Opposition scharf.", "DISAPPROVE",
     "GOV", "OPP"),
    ("Die Polizei – sie war mit Wasserwerfern angerückt – nahm am Abend zehn Demonstranten fest.", "COERCE",
     "COP", "CVL"),
])
def test_the_subject_before_the_dashes_acts(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert [c[-3:] for c in codes(acts[0]["source"])] == [source]
    assert [c[-3:] for c in codes(acts[0]["target"])] == [target]


def test_without_the_rule_the_object_acts(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DASH_INSERTION", False)
    acts = of_type(analyse_text("Der Minister – er war erst seit Mai im Amt – kritisierte die Opposition scharf."),
                   "DISAPPROVE")
    assert acts and [c[-3:] for c in codes(acts[0]["source"])] == ["OPP"]
