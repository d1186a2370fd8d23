"""A person the knowledge base does not know, named right after an office role_nouns.tsv lists as a
whole word ("Staatssekretär", "Staatsanwältin", "Richterin", "Abgeordneter"), acts for the sector of
that office, with the country of the story: "Berlin – Staatssekretär Harald Probe bestritt das" is
DEUGOV, not a person without a code. Only compounds whose first part named a sector ("Polizeisprecher")
had one. A later mention of the surname keeps the office, and a named office holder acting on a
named counterpart of the same country and sector stays of the story's country (the rule for unnamed
officials, COUNTERPART_ABROAD, does not move a person). Twentieth session, helper F8 (sectors of actor
codes). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Berlin – Staatssekretär Harald Probe bestritt am Montag jede Beteiligung.", "REJECT", ["DEUGOV"]),
    ("Wien – Staatsanwältin Erika Beispiel kritisierte den Angeklagten scharf.", "DISAPPROVE", ["AUTJUD"]),
    ("Wien – Die Richterin Erika Beispiel verurteilte den Angeklagten zu drei Jahren Haft.", "SANCTION", ["AUTJUD"]),
    ("Wien – Der Abgeordnete Karl Probe kritisierte die Regierung.", "DISAPPROVE", ["AUTLEG"]),
])
def test_an_unknown_person_after_a_listed_office_acts_for_its_sector(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_a_named_office_holder_stays_at_home_against_a_named_counterpart(analyse_text):
    acts = of_type(analyse_text("Wien – Staatssekretärin Erika Beispiel kritisierte Bundeskanzler Werner Faymann "
                                "scharf."), "DISAPPROVE")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["AUTGOV"], ["AUTGOV"])


def test_the_surname_later_keeps_the_office(analyse_text):
    acts = of_type(analyse_text("Berlin – Staatssekretär Harald Probe verteidigte den Plan. "
                                "Probe kritisierte die Opposition scharf."), "DISAPPROVE")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["DEUGOV"], ["DEUOPP"])


@pytest.mark.parametrize("text, kind", [
    # a bare "Sprecherin" does not say whom she speaks for (a party, a firm)
    ("Wien – Sprecherin Anna Beispiel kritisierte die Regierung.", "DISAPPROVE"),
    # "Bildungssprecher": only "sprecher" is listed; the body is not said
    ("Wien – Bildungssprecher Karl Probe kritisierte die Regierung.", "DISAPPROVE"),
])
def test_a_role_that_names_no_body_gives_no_sector(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["source"]] == [None]


def test_without_the_rule_the_person_has_no_code(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "LISTED_ROLE_SECTOR", False)
    acts = of_type(analyse_text("Berlin – Staatssekretär Harald Probe bestritt am Montag jede Beteiligung."),
                   "REJECT")
    assert acts and [a.get("actor_code") for a in acts[0]["source"]] == [None]
