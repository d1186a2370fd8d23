"""A compound that names a border by its place ("Brennergrenze", "Südgrenze") is a border noun for
BORDER_SIDE: in a text about refugees the country after its "zu" says where the border runs and is no
party ("an der Brennergrenze zu Italien verschärfte Grenzkontrollen durchführen" was COERCE AUT > ITA). A
limit ("Obergrenze") is no border. Twenty-first session (F12). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract, lexicon
from lagebild.nlp.events.extract import EventExtractor

REFUGEES = "Tausende Flüchtlinge warten in Griechenland. Die Flüchtlinge wollen weiter nach Norden. "


@pytest.mark.parametrize("text", [
    REFUGEES + "Österreich wird an der Brennergrenze zu Italien verschärfte Grenzkontrollen für Flüchtlinge "
               "durchführen.",
    REFUGEES + "Ungarn schloss am Dienstag die Südgrenze zu Serbien.",
])
def test_the_country_beside_a_compound_border_is_no_target(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert acts and not any(code[:3] in ("ITA", "SRB") for code in actor_codes(acts[0]["target"]))


def test_outside_a_refugee_text_the_border_closed_to_a_country_is_aimed_at_it(analyse_text):
    acts = of_type(analyse_text("Russland schloss die Südgrenze zu Georgien."), "COERCE")
    assert acts and actor_codes(acts[0]["target"]) == ["GEO"]


@pytest.mark.parametrize("word, border", [
    ("brennergrenze", True), ("südgrenze", True), ("grenze", True),
    ("obergrenze", False), ("altersgrenze", False), ("flüchtlingsobergrenze", False),
])
def test_a_limit_is_no_border(word, border):
    assert EventExtractor(lexicon.load_lexicon())._border_noun(word) is border


def test_without_the_rule_the_neighbour_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BORDER_COMPOUNDS", False)
    acts = of_type(analyse_text(REFUGEES + "Ungarn schloss am Dienstag die Südgrenze zu Serbien."), "COERCE")
    assert acts and "SRB" in [code[:3] for code in actor_codes(acts[0]["target"])]
