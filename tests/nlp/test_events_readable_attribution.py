"""An event's "attributed_to" names who claims it, not the word that pointed there: "…, sagte er"
gave "er", and "Dabei wurden demnach drei Menschen getötet" gave "demnach". A pronoun is now the
quote speaker lb_quotes resolved it to, "demnach" the claimant of the last earlier attributed event
of the article; either stays as it was when nothing is found. (The pronoun part fires where the
speech-verb path, not a quote, gave the attribution; it was judged on the uncoded news.) Attribution is not scored: this is
for the analyst reading report, API and export. Session 27, helper e11. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_LEAD = "Tiflis (dpa) - Das georgische Innenministerium teilte am Montag mit, Unbekannte hätten ein Dorf beschossen. "


@pytest.mark.parametrize("last", [
    "Dabei wurden demnach zwei Menschen getötet.",
    "Bei dem Angriff wurden demnach zwei Polizisten verletzt.",
])
def test_demnach_is_the_claimant_named_before(analyse_text, last):
    acts = [e for e in analyse_text(_LEAD + last) if e["type"] == "ASSAULT"]
    assert len(acts) >= 2
    assert acts[-1]["attributed_to"] == acts[0]["attributed_to"] != "demnach"
    assert acts[0]["attributed_to"]


def test_demnach_without_a_claimant_before_stays(analyse_text):
    acts = of_type(analyse_text("Bei einem Anschlag in Tiflis wurden demnach am Montag zwei Menschen getötet."), "ASSAULT")
    assert acts and acts[0]["attributed_to"] in (None, "demnach")


def test_without_the_rule_demnach_is_the_claimant(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "READABLE_ATTRIBUTION", False)
    acts = [e for e in analyse_text(_LEAD + "Dabei wurden demnach zwei Menschen getötet.") if e["type"] == "ASSAULT"]
    assert acts and acts[-1]["attributed_to"] == "demnach"
