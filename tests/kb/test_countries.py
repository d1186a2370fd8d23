"""Country names, adjectives and demonyms resolve to ISO 3166-1 alpha-3 codes."""

import pytest


@pytest.mark.parametrize("word,iso3", [
    ("Russland", "RUS"), ("Russlands", "RUS"), ("russisch", "RUS"), ("russische", "RUS"),
    ("russischen", "RUS"), ("Russen", "RUS"), ("US", "USA"), ("USA", "USA"),
    ("Vereinigte Staaten", "USA"), ("Vereinigten Staaten", "USA"), ("amerikanisch", "USA"),
    ("amerikanischen", "USA"), ("Venezuela", "VEN"), ("Venezuelas", "VEN"),
    ("venezolanische", "VEN"), ("Deutschland", "DEU"), ("deutschen", "DEU"), ("Ukraine", "UKR"),
    ("ukrainischen", "UKR"), ("Franzosen", "FRA"), ("Kuba", "CUB"), ("Iran", "IRN"),
    ("Weißrussland", "BLR"), ("Elfenbeinküste", "CIV"), ("China", "CHN"), ("chinesische", "CHN"),
])
def test_country_of_name_adjective_or_demonym(kb, word, iso3):
    assert kb.country_of(word) == iso3


@pytest.mark.parametrize("word", ["Maduro", "Regierung", "Caracas", "ölreiche"])
def test_non_countries_have_no_country(kb, word):
    assert kb.country_of(word) is None


@pytest.mark.parametrize("text,label,code,country", [
    ("Caracas", "LOC", "VEN", "VEN"), ("Moskau", "LOC", "RUS", "RUS"),
    ("Washington", "LOC", "USA", "USA"), ("Kyjiw", "LOC", "UKR", "UKR"),
    ("Vereinten Nationen", "ORG", "IGOUNO", None), ("Nato", "ORG", "IGOWSTNAT", None),
    ("IWF", "ORG", "IGOUNOIMF", None), ("Weißen Hauses", "ORG", "USAGOV", "USA"),
    ("Kreml", "ORG", "RUSGOV", "RUS"), ("US-Regierung", "ORG", "USAGOV", "USA"),
    ("Bundesregierung", "ORG", "DEUGOV", "DEU"), ("russische Armee", "ORG", "RUSMIL", "RUS"),
    ("Regierung in Caracas", "ORG", "VENGOV", "VEN"), ("Regierung Venezuelas", "ORG", "VENGOV", "VEN"),
    ("Armee Russlands", "ORG", "RUSMIL", "RUS"), ("US-Präsident Joe Biden", "PER", "USAGOV", "USA"),
    ("Queensland", "LOC", "AUS", "AUS"), ("Schottland", "LOC", "GBR", "GBR"),  # first-level divisions
    ("Katalonien", "LOC", "ESP", "ESP"), ("Somaliland", "LOC", "SOM", "SOM"),
])
def test_places_organisations_and_metonymy(kb, text, label, code, country):
    actor = kb.resolve(text, label, "2022-03").actor
    assert (actor["actor_code"], actor["country"]) == (code, country)


def test_kremlin_and_russian_government_are_one_actor(kb):
    assert kb.resolve("Kreml", "ORG", None).actor["actor_id"] == \
        kb.resolve("russische Regierung", "ORG", None).actor["actor_id"] == "RUSGOV"
