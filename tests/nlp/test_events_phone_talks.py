"""Talks told without "mit": "sprachen am Telefon", "sprachen telefonisch", "reden miteinander" are
a consultation of the parties in the subject (twenty-first session, F7; data lines in triggers.tsv;
"sprechen"/"reden" were CONSULT only with "mit"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, parties", [
    ("Putin und Erdogan sprachen am Sonntag am Telefon.", ["RUSGOV", "TURGOV"]),
    ("Merkel und Obama sprachen am Montag telefonisch.", ["DEUGOV", "USAGOV"]),
    ("Die Regierung und die Opposition reden wieder miteinander.", ["GOV", "OPP"]),
])
def test_talks_without_mit_are_a_consultation(analyse_text, text, parties):
    acts = of_type(analyse_text(text), "CONSULT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == parties


@pytest.mark.parametrize("text", [
    "Der Minister sprach sich gegen die Telefonüberwachung aus.",
    "Die Kinder sprachen über ihre Ferien.",
])
def test_other_speaking_is_no_consultation(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")
