"""Groups named by a compound of a generic agent and a group noun ("Rebellengruppen",
"Oppositionsbündnis") are that agent, and a doer the defaults supply is not the government its act
is aimed at (seventeenth session, issue 10; found reading lagebild's output on 10kGNAD articles).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract, mentions
from lagebild.nlp.events.lexicon import load_lexicon


@pytest.mark.parametrize("text, kind, source", [
    ("Kairo – Das Oppositionsbündnis kritisierte die Regierung scharf.", "DISAPPROVE", ["EGYOPP"]),
    ("Kairo – Die Oppositionsgruppen kritisierten die Regierung scharf.", "DISAPPROVE", ["EGYOPP"]),
    ("Kairo – Eine Aktivistengruppe kritisierte die Regierung scharf.", "DISAPPROVE", ["EGYCVL"]),
    ("Kairo – Eine Studentengruppe kritisierte die Regierung scharf.", "DISAPPROVE", ["EGYEDU"]),
    ("Damaskus – Mehrere Rebellengruppen griffen die Stadt an.", "ASSAULT", ["SYRREB"]),
])
def test_a_group_compound_is_its_first_parts_agent(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


@pytest.mark.parametrize("word", ["Arbeitsgruppe", "Sportverband", "Jugendbewegung"])
def test_a_group_of_no_agent_stays_unknown(word):
    assert mentions._group_compound(word, load_lexicon()) is None


def test_without_the_rule_the_alliance_is_no_participant(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "GROUP_COMPOUNDS", False)
    acts = of_type(analyse_text("Kairo – Das Oppositionsbündnis kritisierte die Regierung scharf."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) != ["EGYOPP"]


@pytest.mark.parametrize("text, kind, source", [
    # criticism of a government by a doer the text does not make an actor: its civilians
    ("Kairo – Der Verein kritisierte die Regierung scharf.", "DISAPPROVE", ["EGYCVL"]),
    # another act aimed at the government: someone of the country, not the government itself
    ("Kairo – Der Verein forderte die Regierung zum Rücktritt auf.", "DEMAND", ["EGY"]),
    # aimed elsewhere, the country's unnamed voice is its government, as before
    ("Kairo – Scharfe Kritik an Israel wurde laut.", "DISAPPROVE", ["EGYGOV"]),
])
def test_a_default_doer_is_not_the_government_it_addresses(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_without_the_rule_the_default_doer_is_the_government_it_criticises(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DEFAULT_STATE_GOV", False)
    acts = of_type(analyse_text("Kairo – Der Verein kritisierte die Regierung scharf."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["EGY"]
