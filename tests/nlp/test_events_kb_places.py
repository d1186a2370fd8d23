"""Places the KB lacked: Austrian towns, German cities under their German names, Greek islands of
the refugee route, and the dative of the Netherlands. The build keeps Austrian places of 30,000
inhabitants and more and drops homographs ("Wels"), GeoNames names some cities in English or in
full ("Nuremberg", "Klagenfurt am Wörthersee"), and "in den Niederlanden" was no country at all, so
a dateline "Traiskirchen –" or "die Polizei in Kufstein" left the setting to other words of the
article. Data lines in ``cities_de.tsv`` (towns as regions are: GeoNames name "-"), the name
"Niederlanden" and "Republik Österreich" in ``countries.tsv``, and "Wels" among the place names that
are also nouns (``metonymy.tsv``: "einen Wels" is the fish).
Session 30, helper k1s30 (census of uncoded actors and place words over the uncoded news and the
development parts: "Niederlanden" untagged in 15 articles, Eisenstadt 8, Lesbos 8, Traiskirchen 6,
Klagenfurt 5, Wels 3). Uncoded news: 12 actors changed in 5 articles, 11 right (a setting of
Freilassing, Lienz, Kufstein, the Netherlands); development parts: type 2595 -> 2595, tuple
1766 -> 1767. Left out after measuring: Idomeni (an EU commissioner's talk in Greece
became Greek's own: gnad3 source fell under its floor), "Frankfurt" (an article on Greece that named "Berlin und
Frankfurt" became German: 16 tuples lost), "Halle" ("Halle 4" of a book fair), the border crossings
Spielfeld, Bad Radkersburg and Nickelsdorf (datelines of reports on Serbia and Macedonia: 7 actors
wrong) and Mürzzuschlag (one wrong event). The other plural country names got their dative too
("in den Vereinigten Arabischen Emiraten", "in den Palästinensergebieten"; no change on either set).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type


@pytest.fixture(scope="module")
def kb():
    from lagebild.kb.lookup import default_kb
    return default_kb()


@pytest.mark.parametrize("name, iso3", [
    ("Eisenstadt", "AUT"),
    ("Traiskirchen", "AUT"),
    ("Klagenfurt", "AUT"),
    ("Lienz", "AUT"),
    ("Feldkirchen", "AUT"),
    ("Wels", "AUT"),
    ("Nürnberg", "DEU"),
    ("Freilassing", "DEU"),
    ("Lesbos", "GRC"),
    ("Samos", "GRC"),
    ("Niederlanden", "NLD"),
    ("Republik Österreich", "AUT"),
    ("Vereinigten Arabischen Emiraten", "ARE"),
    ("Palästinensergebieten", "PSE"),
    ("Gaza-Streifen", "PSE"),
])
def test_a_place_the_kb_lacked_names_its_country(kb, name, iso3):
    assert kb.resolve(name, "LOC", "2016-01-14").actor["country"] == iso3


@pytest.mark.parametrize("text, code", [
    ("Traiskirchen – Die Polizei nahm am Montag zwei Männer fest, die das Lager angegriffen hatten.", "AUTCOP"),
    ("Kufstein – Die Polizei kontrollierte am Grenzübergang alle Fahrzeuge und nahm einen Schlepper fest.", "AUTCOP"),
    ("Die Polizei hat in den Niederlanden drei Verdächtige festgenommen.", "NLDCOP"),
])
def test_a_town_or_the_netherlands_set_the_police_country(analyse_text, text, code):
    arrests = of_type(analyse_text(text), "COERCE")
    assert arrests and codes(arrests[0]["source"]) == [code]


@pytest.mark.parametrize("text, code", [
    ("Graz – Die Polizei nahm einen Mann fest.", "AUTCOP"),
    ("Frankfurt am Main – Die Polizei nahm einen Mann fest.", "DEUCOP"),
])
def test_the_places_the_kb_knew_still_set_it(analyse_text, text, code):
    arrests = of_type(analyse_text(text), "COERCE")
    assert arrests and codes(arrests[0]["source"]) == [code]


def test_the_fish_after_an_article_is_no_town(kb):
    from lagebild.nlp.actors import place_nouns
    assert "wels" in place_nouns()


@pytest.mark.parametrize("name", ["Frankfurt", "Halle", "Spielfeld", "Idomeni"])
def test_the_places_left_out_stay_unknown(kb, name):
    assert kb.resolve(name, "LOC", "2016-01-14") is None
