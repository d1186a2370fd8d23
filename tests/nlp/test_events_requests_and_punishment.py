"""An Austrian "Ansuchen" (request) between authorities or states is a DEMAND like the German "Ersuchen"
("Amtshilfeansuchen", "Rechtshilfeansuchen"); an application for asylum, a building permit or a visa is no
act of a party. "ahnden" (punish an offence) is a SANCTION, demanded when someone calls for it. Data
lines in triggers.tsv. Twenty-fourth session, from the missed DEMAND and SANCTION events of gnad3 and
gnad5. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Wien – Das Finanzministerium hat ein Amtshilfeansuchen an die Schweiz gestellt.",
    "Das Justizministerium richtete ein Rechtshilfeansuchen an Italien.",
])
def test_a_request_between_authorities_is_a_demand(analyse_text, text):
    assert len(of_type(analyse_text(text), "DEMAND")) == 1


@pytest.mark.parametrize("text", [
    "Die Familie hat ein Asylansuchen gestellt.",
    "Der Bauer hat ein Bauansuchen bei der Gemeinde eingereicht.",
])
def test_an_application_is_no_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND") == []


def test_punishing_offences_is_a_sanction(analyse_text):
    assert len(of_type(analyse_text("Die Behörden ahndeten die Verstöße mit hohen Geldbußen."), "SANCTION")) == 1


def test_a_demanded_punishment_is_a_demanded_sanction(analyse_text):
    acts = of_type(analyse_text("Die Regierung verlangte, dass die Kriegsverbrechen vom Internationalen "
                                "Strafgerichtshof geahndet werden."), "SANCTION")
    assert len(acts) == 1 and acts[0]["modality"] == "demanded"
