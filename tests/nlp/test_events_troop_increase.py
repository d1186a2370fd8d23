"""Raising troop numbers ("stocken ihre Truppen auf", "eine Aufstockung der Polizeikräfte") is a
mobilisation (twenty-first session, F7; data lines in triggers.tsv, as "Truppenaufstockung" already
was); raising anything else is no act. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Russland hat seine Truppen an der Grenze aufgestockt.",
    "Die Regierung kündigte eine Aufstockung der Polizeikräfte in der Hauptstadt an.",
])
def test_raising_troops_is_mobilising(analyse_text, text):
    assert of_type(analyse_text(text), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Die Bank stockte ihr Kapital auf.",
    "Die Stadt kündigte eine Aufstockung des Personals in den Kindergärten an.",
])
def test_raising_other_things_is_no_act(analyse_text, text):
    assert not of_type(analyse_text(text), "MOBILIZE")
