"""A call that offenders "müssen/sollten bestraft werden" names a punishment someone wants (SANCTION,
triggers.tsv: bestrafen only with a modal of obligation in its clause), as the gnad2 coders code it; a
law's "wird … bestraft" and a saying are general statements, not acts, and stay without a "bestraft"
event. Twenty-fourth session, from the missed SANCTION events of gnad2. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Die Täter müssen hart bestraft werden, forderte der Innenminister.",
    "Der Verband verlangte, die Verantwortlichen sollten bestraft werden.",
])
def test_a_punishment_called_for_is_a_sanction(analyse_text, text):
    assert [e for e in of_type(analyse_text(text), "SANCTION") if e["trigger"]["text"] == "bestraft"]


@pytest.mark.parametrize("text", [
    "Wer bei der Wahl betrügt, wird mit Freiheitsstrafe bestraft.",
    "Wer zu spät kommt, den bestraft das Leben.",
])
def test_general_statements_of_punishment_are_no_act(analyse_text, text):
    assert [e for e in analyse_text(text) if e["trigger"]["text"] == "bestraft"] == []
