"""A person's party or age in brackets ("Angela Merkel (CDU)", "Hans Meier (52)") is a note on the
person, not a clause boundary: the person stays the subject of the verb after it, and the party in
the note takes no part. A genitive place before a role and an unknown person's name ("Berlins
Bürgermeister Klaus Wowereit") is one actor. Seventeenth session, issue 10; found reading
lagebild's output on 10kGNAD articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract, mentions


@pytest.mark.parametrize("text, kind, source, target", [
    ("Berlin – Angela Merkel (CDU) kritisierte Putin scharf.", "DISAPPROVE", ["DEUGOV"], ["RUSGOV"]),
    ("Berlin – Putin kritisierte Angela Merkel (CDU) scharf.", "DISAPPROVE", ["RUSGOV"], ["DEUGOV"]),
    ("Wien – Innenministerin Johanna Mikl-Leitner (ÖVP) bot am Dienstag in Budapest Ungarns Innenminister "
     "Sándor Pintér 80 Polizisten an.", "AGREE", ["AUTGOV"], ["HUNGOV"]),
])
def test_a_party_in_brackets_keeps_the_person_the_subject(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_bracket_splits_the_clause(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PAREN_AFTER_ACTOR", False)
    acts = of_type(analyse_text("Berlin – Angela Merkel (CDU) kritisierte Putin scharf."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) != ["DEUGOV"]


@pytest.mark.parametrize("text, kind, source, target", [
    ("Berlins Bürgermeister Klaus Wowereit bedauerte die Entscheidung des Gerichts.", "DISAPPROVE",
     ["DEUGOV"], ["DEUJUD"]),
    ("Berlin – Berlins Innensenator Hans Müller kritisierte die Opposition.", "DISAPPROVE", ["DEUGOV"], ["DEUOPP"]),
])
def test_a_genitive_place_role_and_name_are_one_actor(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_name_is_a_second_actor(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "GENITIVE_HOLDER", False)
    acts = of_type(analyse_text("Berlins Bürgermeister Klaus Wowereit bedauerte die Entscheidung des Gerichts."),
                   "DISAPPROVE")
    assert acts and "Klaus Wowereit" in codes(acts[0]["target"])
