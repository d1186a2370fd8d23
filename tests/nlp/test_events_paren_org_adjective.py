"""A place or country adjective before a noun the KB does not know, followed by the organisation's
abbreviation in brackets ("Der Wiener Krankenanstaltenverbund (KAV)"), is part of the organisation's
name, no actor of its own (``PAREN_ORG_ADJECTIVE``). Twentieth session (F5); found reading
lagebild's output on 10kGNAD row 469, where the organisation was the target of its own rejection.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

SENTENCE = "Der Linzer Krankenanstaltenverbund (LKV) hat die Vorwürfe am Montag zurückgewiesen."


def _names(side):
    return sorted(a.get("actor_code") or a.get("name") for a in side)


@pytest.mark.parametrize("text, kind", [
    (SENTENCE, "REJECT"),
    ("Der Wiener Krankenanstaltenverbund (KAV) wies die Kritik der Patientenanwältin am Dienstag zurück.", "REJECT"),
    ("Der Wiener Krankenanstaltenverbund (KAV) kritisierte die Stadtregierung.", "DISAPPROVE"),
])
def test_the_abbreviation_is_the_doer(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    src = _names(acts[0]["source"])
    assert len(src) == 1 and src[0] in text and src[0].isupper()
    assert not any(src[0] in n for n in _names(acts[0]["target"]))


def test_without_the_rule_the_adjective_is_the_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PAREN_ORG_ADJECTIVE", False)
    acts = of_type(analyse_text(SENTENCE), "REJECT")
    assert acts and "LKV" in _names(acts[0]["target"])
