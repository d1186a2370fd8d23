"""A compass prefix before a country's name is a part of that country ("Nordirak", "Ostukraine",
"Nord-Irak"); names of their own keep their entry (Nordkorea, Südafrika, Nordirland, Südamerika).
Sixteenth session: 10kGNAD articles about the Ukraine and Iraq wars had no country for these."""

from __future__ import annotations

import pytest

from lagebild.kb import lookup
from lagebild.kb.lookup import ActorKB


def _first(kb, text):
    found = kb.candidates(text)
    return (found[0].kind, found[0].code) if found else None


@pytest.mark.parametrize("text, code", [
    ("Nordirak", "IRQ"), ("Nordiraks", "IRQ"), ("Nord-Irak", "IRQ"), ("Ostukraine", "UKR"),
    ("Südlibanon", "LBN"), ("Nordsyrien", "SYR"), ("Westdeutschland", "DEU"),
])
def test_a_compass_part_of_a_country_is_its_place(kb, text, code):
    assert _first(kb, text) == ("place", code)


@pytest.mark.parametrize("text, entry", [
    ("Nordkorea", ("country", "PRK")), ("Südafrika", ("country", "ZAF")), ("Südsudan", ("country", "SSD")),
    ("Nordirland", ("place", "GBR")), ("Südamerika", ("organisation", "SAM")),
])
def test_names_of_their_own_keep_their_entry(kb, text, entry):
    assert _first(kb, text) == entry


@pytest.mark.parametrize("text", ["Osteuropa", "Westafrika", "Nordsee"])
def test_a_compass_part_of_a_continent_or_sea_is_no_country(kb, text):
    assert not any(e.kind == "place" for e in kb.candidates(text))


def test_without_the_rule_the_compound_is_unknown(monkeypatch):
    monkeypatch.setattr(lookup, "DIRECTIONAL_REGIONS", False)
    assert ActorKB.build().candidates("Ostukraine") == []
