"""Damage without a doer: heavy snowfall is a natural hazard (hazards.tsv "schneefall", "schneefäll",
"schneelast", "schneedruck", "schneechaos"), so in a text whose lead names it, greenhouses or nets "zerstört"
by the snow give no ASSAULT; fuel tanks that explode after a short circuit are an accident ("explodieren"
without "Tank", "Tanks", "Öltank", "Kurzschluss" in triggers.tsv). Found reading the false ASSAULT alarms of the
development parts (gnad4, dev3: 3 predictions, all wrong). A car bomb and villages destroyed by rebels stay.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_SNOW_LEAD = ("Wien – Die schweren Schneefälle in Kärnten haben große Schäden angerichtet. Am Montag begannen 40 "
              "Soldaten des Bundesheeres mit dem Hilfseinsatz bei mehreren Bauern. ")
_SNOW = _SNOW_LEAD + "Landesweit sind etwa 300 Hektar Folientunnel beschädigt, ein Drittel davon völlig zerstört."
_TANKS = "In der syrischen Stadt Homs explodierten am Morgen zwei Tanks an einer Tankstelle, Dutzende Menschen starben."
_NEW_HAZARDS = {"schneefall", "schneefäll", "schneelast", "schneedruck", "schneechaos"}


@pytest.mark.parametrize("text", [
    _SNOW,
    _SNOW_LEAD + "Die Soldaten werden von der Schneelast zerstörte Gewächshäuser abbauen.",
    _TANKS,
    "In der libyschen Hafenstadt standen Hunderte Menschen für Benzin an, als durch einen Kurzschluss zwei Tanks "
    "explodierten.",
])
def test_damage_by_snow_or_a_tank_is_no_attack(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT") == []


@pytest.mark.parametrize("text", [
    "In Bagdad explodierte am Montag eine Autobombe vor einer Moschee.",
    "Rebellen haben im Norden Syriens mehrere Dörfer zerstört.",
])
def test_attacks_stay(analyse_text, text):
    assert len(of_type(analyse_text(text), "ASSAULT")) == 1


def test_without_the_words_snow_damage_and_tanks_are_attacks(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file == "hazards.tsv":
            return [r for r in rows if r[0] not in _NEW_HAZARDS], rest
        if file == "triggers.tsv":
            return [r[:5] + [r[5].replace("|tank|tanks|öltank|kurzschluss|", "|")] + r[6:]
                    if r[0] == "explodieren" else r for r in rows], rest
        return rows, rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text(_SNOW), "ASSAULT")
    assert of_type(analyse_text(_TANKS), "ASSAULT")
