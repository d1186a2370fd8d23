"""An organisation's own abbreviation in brackets ("Der Bund Naturschutz (BN) hat …") is a note on
the organisation, not a clause boundary: the organisation stays the subject of the verb after it,
and the abbreviation is no second party. Found reading lagebild's output on 10kGNAD articles (a
nature conservation league criticising a university was coded as nobody criticising it). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _names(side):
    return sorted(a.get("actor_code") or a.get("name") for a in side)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Der Bund Naturschutz (BN) hat die Regierung scharf kritisiert.", "DISAPPROVE",
     ["Bund Naturschutz"], ["GOV"]),
    ("Der Verein Freie Presse (VFP) kritisierte die Regierung.", "DISAPPROVE", ["Verein Freie Presse"], ["GOV"]),
    ("Die Regierung wurde vom Bund Naturschutz (BN) scharf kritisiert.", "DISAPPROVE",
     ["Bund Naturschutz"], ["GOV"]),
])
def test_an_abbreviation_keeps_the_organisation_the_subject(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (_names(acts[0]["source"]), _names(acts[0]["target"])) == (source, target)


def test_an_abbreviation_after_an_unknown_noun_is_the_actor(analyse_text):
    acts = of_type(analyse_text("Der Weltärztebund (WMA) forderte die Freilassung der Ärzte."), "DEMAND")
    assert len(acts) == 1 and _names(acts[0]["source"]) == ["WMA"] and not acts[0]["target"]


def test_a_noted_organisation_is_coordinated_with_the_next(analyse_text):
    acts = of_type(analyse_text("Der Bund Naturschutz (BN) und Greenpeace kritisierten die Regierung."), "DISAPPROVE")
    assert len(acts) == 1
    assert _names(acts[0]["source"]) == ["Bund Naturschutz", "NGOENV"] and _names(acts[0]["target"]) == ["GOV"]


@pytest.mark.parametrize("text", [
    "Angela Merkel (CDU) kritisierte Putin scharf.",          # a person's party: PAREN_AFTER_ACTOR
    "Die Europäische Union (EU) kritisierte Russland.",       # the same actor twice: PAREN_ABBREVIATION
])
def test_other_notes_are_left_to_their_rules(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and len(acts[0]["source"]) == 1 and len(acts[0]["target"]) == 1


def test_without_the_rule_the_bracket_cuts_off_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PAREN_ORG_ABBREVIATION", False)
    acts = of_type(analyse_text("Der Bund Naturschutz (BN) hat die Regierung scharf kritisiert."), "DISAPPROVE")
    assert acts and _names(acts[0]["source"]) != ["Bund Naturschutz"]
