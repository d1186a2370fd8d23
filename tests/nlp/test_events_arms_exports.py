"""Arms exports are aid to the buying state (PLOVER AID; triggers.tsv Waffenexport, Rüstungsexport,
exportieren with a weapon as object; seventeenth session). Stopping them stays a sanction. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type


@pytest.mark.parametrize("text, source, target", [
    ("Wien – Österreich hat Rüstungsexporte nach Saudi-Arabien genehmigt.", ["AUT"], ["SAU"]),
    ("Berlin – Deutschland exportierte Panzer nach Katar.", ["DEU"], ["QAT"]),
])
def test_an_arms_export_is_aid_to_the_buyer(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "AID")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_exporting_goods_is_no_aid(analyse_text):
    assert not of_type(analyse_text("Berlin – Deutschland exportiert Autos nach China."), "AID")


def test_stopping_arms_exports_is_a_sanction_not_aid(analyse_text):
    events = analyse_text("Berlin – Die Regierung stoppte die Rüstungsexporte nach Saudi-Arabien.")
    assert of_type(events, "SANCTION") and not of_type(events, "AID")
