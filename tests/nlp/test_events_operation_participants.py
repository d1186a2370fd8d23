"""Who took part in an operation already told ("an dem Einsatz waren 100 Polizisten beteiligt")
names the operation's participants, no new deployment: the dev2 and gnad3 coders coded no MOBILIZE
or AID there (0 of 2 such readings right). A data line in triggers.tsv (the MOBILIZE nouns
"Einsatz" without "beteiligt"). Forces "im Einsatz" stay a deployment. Twenty-fifth session, helper
e1. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Nach Angaben der Behörden waren rund 300 Polizisten an dem Einsatz beteiligt.",
    "Über 200 Soldaten waren an dem Einsatz in der Stadt beteiligt.",
])
def test_the_participants_of_an_operation_are_no_deployment(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "MOBILIZE") == [] and of_type(evs, "AID") == []


@pytest.mark.parametrize("text", [
    "In der Nacht waren in Lyon etwa 900 Polizisten im Einsatz.",
    "Bei den Protesten in Paris sind seit Freitag 2.000 Polizisten im Einsatz.",
])
def test_forces_on_duty_are_a_deployment(analyse_text, text):
    assert len(of_type(analyse_text(text), "MOBILIZE")) == 1
