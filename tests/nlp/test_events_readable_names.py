"""Participants read as actors, not as codes: a side the text names nobody for (defaults.tsv: "wurden
festgenommen" -> the police of the place) was named by its bare sector ("COP", "CVL", "REB"), a
state default turned into its government by its country code ("USA"), and a part of a country by
the country's name ("Moldau" on MDAMIL for "moldauische Soldaten"); the report, the API and the web
pages show these names as the actors. The name is now written from the code at the very end
("Polizei (Georgien)"); codes stay as they were. Session 27, helper e11. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_, side, code, name", [
    ("In Tiflis wurden am Montag zwölf Demonstranten festgenommen.", "COERCE", "source",
     "GEOCOP", "Polizei (Georgien)"),
    ("In Chisinau wurden am Montag drei Journalisten verhaftet.", "COERCE", "source",
     "MDACOP", "Polizei (Moldau)"),
    ("Moldauische Soldaten beschossen am Montag einen Grenzposten.", "ASSAULT", "source",
     "MDAMIL", "Militär (Moldau)"),
])
def test_a_participant_is_named_from_its_code(analyse_text, text, type_, side, code, name):
    acts = of_type(analyse_text(text), type_)
    assert acts
    party = [a for a in acts[0][side] if a.get("actor_code") == code]
    assert party and party[0]["name"] == name


def test_no_participant_is_named_by_a_bare_code(analyse_text):
    text = ("In Tiflis wurden am Montag zwölf Demonstranten festgenommen. Am Dienstag gingen in Batumi "
            "Tausende auf die Straße. Bei einem Anschlag auf einen Bus starben vier Menschen.")
    names = [a.get("name") or "" for e in analyse_text(text) for a in e["source"] + e["target"]]
    assert names and not [n for n in names if n.isupper()]


def test_without_the_rule_the_default_is_named_by_its_sector(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "READABLE_NAMES", False)
    acts = of_type(analyse_text("In Tiflis wurden am Montag zwölf Demonstranten festgenommen."), "COERCE")
    assert acts and [a["name"] for a in acts[0]["source"]] == ["COP"]
