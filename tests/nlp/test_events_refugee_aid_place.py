"""Aid to refugees goes to the refugees, not to the place. "Hunderte Migranten wurden vor der griechischen
Küste in Sicherheit gebracht", "Die Flüchtlinge wurden auf Quartiere in ganz Österreich verteilt": an AID whose
clause names refugees or migrants (function_words.tsv refugee_noun) had the country or place of the rescue or
the destination as its target; the coders code the people helped, of unknown country (---CVL), or the
civilians of the country they come from ("Flüchtlinge aus dem Libanon aufnehmen")
(``extract.REFUGEE_AID_PLACE_TARGET``, ``EventExtractor._refugees_at``). Aid sent to a country with no refugees
named keeps the country. Session 31, helper a2s31; numbers in the flag's comment. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes

from lagebild.nlp.events import extract


def _aid(evs):
    (e,) = [e for e in evs if e["type"] == "AID"]
    return e


_RESCUE = ("Spanien rettet immer mehr Flüchtlinge. Am Montag wurden 600 Migranten von spanischen Schiffen in "
           "marokkanischen Gewässern in Sicherheit gebracht.")


@pytest.mark.parametrize("text", [
    _RESCUE,
    "Die Flüchtlinge kamen am Bahnhof an. Bis zum Abend wurden 2.000 Flüchtlinge mit Bussen auf die "
    "Notquartiere in ganz Deutschland verteilt.",
])
def test_aid_to_refugees_at_a_place_goes_to_unknown_people(analyse_text, text):
    assert actor_codes(_aid(analyse_text(text))["target"]) == ["CVL"]


def test_aid_without_refugees_keeps_the_country(analyse_text):
    e = _aid(analyse_text("Frankreich schickt Hilfsgüter nach Griechenland."))
    assert actor_codes(e["target"]) == ["GRC"]


def test_flag_off_leaves_the_place(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REFUGEE_AID_PLACE_TARGET", False)
    assert actor_codes(_aid(analyse_text(_RESCUE))["target"]) == ["MAR"]
