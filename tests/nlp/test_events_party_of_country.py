"""A party noun followed by a country's genitive names that country's party (``lookup.PARTY_OF_COUNTRY``):
"die Konservative Partei Kanadas" was the British Conservatives (the KB lists "Konservative Partei" as
GBRPTY) and moved a Canadian story's setting to Britain; "die Sozialistische Partei Frankreichs" had no
code. A party the KB lists under the very name keeps its own entry. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes

from lagebild.kb import lookup
from lagebild.kb.lookup import default_kb


@pytest.mark.parametrize("text, code", [
    ("Konservative Partei Kanadas", "CANPTY"),
    ("Sozialistische Partei Frankreichs", "FRAPTY"),
    ("Demokratische Partei Serbiens", "SRBPTY"),
    ("Liberale Partei Moldawiens", "MDAPTY"),
])
def test_party_with_country_genitive_is_that_countrys_party(text, code):
    res = default_kb().resolve(text, "ORG", "2012-05-01")
    assert res is not None and res.actor["actor_code"] == code


def test_listed_party_of_the_same_country_keeps_its_entry():
    res = default_kb().resolve("Kommunistische Partei Chinas", "ORG", "2012-05-01")
    assert res is not None and res.actor["actor_code"] == "CHNPTY" and res.actor["actor_id"] != "CHNPTY"


def test_person_is_never_read_as_a_party():
    res = default_kb().resolve("Partei Kanadas", "PER", "2012-05-01")
    assert res is None or res.actor["actor_code"] != "CANPTY"


@pytest.mark.parametrize("sentence, code", [
    ("Ottawa – Die Konservative Partei Kanadas kritisierte den Haushaltsplan der Regierung scharf.", "CANPTY"),
    ("Paris – Die Sozialistische Partei Frankreichs forderte am Dienstag Neuwahlen.", "FRAPTY"),
])
def test_party_of_country_is_the_events_source(analyse_text, sentence, code):
    acts = [e for e in analyse_text(sentence) if e["type"] in ("DISAPPROVE", "DEMAND")]
    assert acts and codes(acts[0]["source"]) == [code]


def test_flag_off_the_listed_name_wins(monkeypatch):
    monkeypatch.setattr(lookup, "PARTY_OF_COUNTRY", False)
    res = default_kb().resolve("Konservative Partei Kanadas", "ORG", "2012-05-01")
    assert res is None or res.actor["actor_code"] != "CANPTY"
