"""A verb whose subject is the recipient (swap in triggers.tsv: the host of "empfangen") turns round
twice in a passive: "Der Minister wurde von Hollande empfangen" has the guest as doer and the host as
target, as "Hollande empfing den Minister" has (extract.SWAP_PASSIVE, twenty-first session, F7).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Der deutsche Außenminister wurde in Paris vom französischen Präsidenten empfangen.",
    "Der französische Präsident empfing den deutschen Außenminister in Paris.",
    "Der deutsche Außenminister ist von seinem französischen Amtskollegen empfangen worden.",
])
def test_the_guest_is_the_doer_active_or_passive(analyse_text, text):
    acts = of_type(analyse_text(text), "CONSULT")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (["DEUGOV"], ["FRAGOV"])


def test_a_passive_arrest_keeps_its_roles(analyse_text):
    acts = of_type(analyse_text("Der deutsche Journalist wurde von der türkischen Polizei festgenommen."), "COERCE")
    assert acts and actor_codes(acts[0]["source"]) == ["TURCOP"]


def test_without_the_rule_the_host_is_the_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SWAP_PASSIVE", False)
    acts = of_type(analyse_text("Der deutsche Außenminister wurde in Paris vom französischen Präsidenten empfangen."),
                   "CONSULT")
    assert acts and actor_codes(acts[0]["source"]) == ["FRAGOV"]
