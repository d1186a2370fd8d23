"""A counterpart ("Amtskollege") with a country adjective is that country's government, like any
office: "traf ihren ukrainischen Amtskollegen" aims at UKRGOV, not at the bare country (actors.tsv).
Nineteenth session, issue 10 (found probing own sentences). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type


@pytest.mark.parametrize("text, kind, side, code", [
    ("Merkel traf ihren ukrainischen Amtskollegen in Berlin.", "CONSULT", "target", ["UKRGOV"]),
    ("Der ukrainische Amtskollege kritisierte Merkel.", "DISAPPROVE", "source", ["UKRGOV"]),
    ("Die Kanzlerin kritisierte ihre polnische Amtskollegin scharf.", "DISAPPROVE", "target", ["POLGOV"]),
])
def test_a_counterpart_with_a_country_is_its_government(analyse_text, text, kind, side, code):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and codes(acts[0][side]) == code
