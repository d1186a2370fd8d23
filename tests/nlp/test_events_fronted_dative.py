"""A clause opening with "der"/"einer", a feminine singular noun and the finite verb has a fronted
dative, not its subject: "Der Regierung warf die Opposition Versagen vor" (extract
FEMININE_OBLIQUE, using lb_morph's gender; seventeenth session). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source, target", [
    ("Berlin – Der Opposition wirft die Regierung Verrat vor.", ["DEUGOV"], ["DEUOPP"]),
    ("Berlin – Der Regierung warf die Opposition Versagen vor.", ["DEUOPP"], ["DEUGOV"]),
    # a masculine subject with "der" stays the subject
    ("Berlin – Der Präsident warf der Opposition Versagen vor.", ["DEUGOV"], ["DEUOPP"]),
])
def test_a_fronted_feminine_dative_is_no_subject(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_dative_is_the_accuser(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FEMININE_OBLIQUE", False)
    acts = of_type(analyse_text("Berlin – Der Regierung warf die Opposition Versagen vor."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["DEUGOV"]
