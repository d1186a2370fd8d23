"""A firm offering products or services to customers ("Tankstellen bieten Wasserstoff an", "bietet ein
Onlineshop Geräte an", "den Nutzern eine Option anbieten") is business, no AGREE: "anbieten" without a word of
customers, shops, services, products or tariffs in its clause (without= in triggers.tsv). Found reading the false
AGREE alarms of the development parts (dev8, gnad4, gnad5: 5 predictions, all wrong; a country adjective on
"Tankstellen" had given the offer a state party). Offers of help, talks or shelter to a party stay. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_ADDED = ("|kunden|kundinnen|nutzer|nutzern|nutzerinnen|tankstelle|tankstellen|shop|onlineshop|webshop|dienstleistung|"
          "dienstleistungen|software|kraftstoff|kraftstoffe|produkt|produkte|sortiment|tarif|tarife|tagesoption|option|"
          "optionen")
_PUMPS = "Von den rund 14.000 österreichischen Tankstellen bieten nur 800 Wasserstoff an."


@pytest.mark.parametrize("text", [
    _PUMPS,
    "In Belgien bietet ein Onlineshop Geräte an, mit denen man Sperren umgehen kann.",
    "Der deutsche Konzern bietet neben Autos auch Software-Dienstleistungen an.",
])
def test_a_product_offer_is_no_agreement(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE") == []


@pytest.mark.parametrize("text", [
    "Die Regierung hat Griechenland Hilfe beim Grenzschutz angeboten.",
    "Der Iran bot den USA Gespräche über das Atomprogramm an.",
    "Die Behörden hatten den Flüchtlingen Notunterkünfte angeboten.",
])
def test_offers_to_parties_stay(analyse_text, text):
    assert [e for e in of_type(analyse_text(text), "AGREE") if e["trigger"]["text"] in ("angeboten", "bot")]


def test_without_the_words_the_pumps_offer_an_agreement(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r[:5] + [r[5].replace(_ADDED, "")] + r[6:] if r[0] == "an|bieten" and r[2] == "AGREE" else r
                for r in rows], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text(_PUMPS), "AGREE")
