"""An office holder the knowledge base does not know, named without a country ("sagte
Außenminister Petar Kolev"), is of the one country the sentence before him is about, not of the
article's setting: in a story set in Greece, Bulgaria's foreign minister speaking right after a
sentence about Bulgaria became Greek ("GRCGOV") for all his later words. Federal titles
("Bundespräsident") stay with the setting. Twenty-fourth session, helper e9. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_LEAD = ("Athen – Die griechische Regierung hat am Montag mehr Hilfe für die Inseln gefordert. "
         "Die griechische Polizei räumte in Athen ein Lager, die griechische Opposition protestierte. ")


@pytest.mark.parametrize("last, code", [
    ("Rumänien verstärkt indes seine Grenzkontrollen. Man werde keine Zäune bauen, sagte Innenminister "
     "Radu Lascu. Lascu kritisierte die Türkei scharf.", "ROUGOV"),
    ("Bulgarien schickt weitere Soldaten an die Grenze. Wir verhandeln mit Ankara, erklärte Außenminister "
     "Petar Kolev am Abend. Kolev kritisierte die Türkei scharf.", "BGRGOV"),
    ("Ungarn baut indes einen zweiten Zaun. Regierungschef Tamas Fodor kritisierte am Dienstag die Türkei "
     "scharf.", "HUNGOV"),
])
def test_an_unknown_official_is_of_the_country_the_sentence_before_is_about(analyse_text, last, code):
    acts = of_type(analyse_text(_LEAD + last), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == [code]


def test_without_the_rule_the_official_takes_the_setting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SUBJECT_COUNTRY_OFFICIAL", False)
    acts = of_type(analyse_text(_LEAD + "Bulgarien schickt weitere Soldaten an die Grenze. Wir verhandeln mit "
                                "Ankara, erklärte Außenminister Petar Kolev am Abend. Kolev kritisierte die "
                                "Türkei scharf."), "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["GRCGOV"]
