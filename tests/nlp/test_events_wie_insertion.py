"""A comment clause opened by "wie" between commas, after the finite verb and before the rest of
its clause ("Die Polizei hat, wie die Zeitung berichtet, drei Demonstranten festgenommen"), does not
cut the clause in two: the subject, the modal verb and a negation before the comment stay with the
act after it, and the comment's actor takes no part (WIE_INSERTION). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source", [
    ("Die Polizei hat, wie die Zeitung berichtet, vier Aktivisten festgenommen.", "COERCE", "COP"),
    ("Die Polizei hat, wie erwartet, vier Aktivisten festgenommen.", "COERCE", "COP"),
    ("Die Armee hat, wie ein Sprecher mitteilte, Stellungen der Rebellen beschossen.", "ASSAULT", "MIL"),
])
def test_the_subject_before_the_comment_does_the_act(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    codes = actor_codes(acts[0]["source"])
    assert len(codes) == 1 and codes[0].endswith(source)


def test_the_modal_before_the_comment_plans_the_act(analyse_text):
    acts = of_type(analyse_text("Die Regierung will, wie erwartet, die Sanktionen gegen Syrien verlängern."),
                   "SANCTION")
    assert len(acts) == 1 and acts[0]["modality"] == "future"


def test_the_negation_before_the_comment_negates_the_act(analyse_text):
    acts = of_type(analyse_text("Der Minister hat nie, wie die Zeitung schreibt, die Opposition kritisiert."),
                   "DISAPPROVE")
    assert len(acts) == 1 and acts[0]["negated"] is True


def test_a_comment_after_a_complete_clause_is_untouched(analyse_text):
    acts = of_type(analyse_text("Die Polizei hat vier Aktivisten festgenommen, wie die Zeitung berichtet."), "COERCE")
    assert len(acts) == 1 and actor_codes(acts[0]["source"])[0].endswith("COP")


def test_without_the_rule_the_comment_cuts_off_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "WIE_INSERTION", False)
    acts = of_type(analyse_text("Die Polizei hat, wie die Zeitung berichtet, vier Aktivisten festgenommen."),
                   "COERCE")
    assert acts and not any(c.endswith("COP") for c in actor_codes(acts[0]["source"]))
