"""Relief goods handed out are aid though the text names neither giver nor receiver.

LONE_AID drops an AID whose parties are all defaults of the context ("Kredite wurden gewährt" is
business), and PRIVATE_AID one a private body gives; but blankets, tents, food, water or medicine
handed out in a disaster or a camp ("In der Krisenregion wurden Decken und Reis verteilt", "die sie
mit Mineralwasser und Obst versorgten") is what the coders code as AID, whoever hands it out.
extract.RELIEF_GOODS_AID keeps such an act when its sentence names relief goods (relief_goods in
function_words.tsv). Twenty-seventh session, helper e8. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_QUAKE = "In der Provinz kam es nach dem Erdbeben zu schweren Schäden. "


@pytest.mark.parametrize("text", [
    _QUAKE + "Bis Mittwoch wurden in den Dörfern Decken, Zelte und Trinkwasser verteilt.",
    "Nach den Überschwemmungen ist die Lage in der Region weiter schwierig. In den Notunterkünften werden "
    "die Familien mit Lebensmitteln und Medikamenten versorgt.",
    "Die Stadt ist nach dem Sturm ohne Strom. Freiwillige verteilten am Bahnhof Brot und Getränke an die "
    "Ankommenden.",
])
def test_relief_goods_handed_out_are_aid(analyse_text, text):
    assert of_type(analyse_text(text), "AID")


@pytest.mark.parametrize("text", [
    "Die Bank steckt in der Krise. Bis Mittwoch wurden weitere Kredite in Höhe von zwei Millionen Euro gewährt.",
    # a lower-case "decken" is the verb, no blankets
    "Die Bank steckt in der Krise. Bis Mittwoch wurden weitere Kredite gewährt, um die Kosten zu decken.",
])
def test_money_with_no_party_named_stays_no_aid(analyse_text, text):
    assert not of_type(analyse_text(text), "AID")


def test_without_the_rule_the_goods_handed_out_are_dropped(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RELIEF_GOODS_AID", False)
    text = _QUAKE + "Bis Mittwoch wurden in den Dörfern Decken, Zelte und Trinkwasser verteilt."
    assert not of_type(analyse_text(text), "AID")
