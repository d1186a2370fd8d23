"""The unnamed accused of an arrest, a charge or a release ("wurde festgenommen", "Haftbefehl") in an
article that calls its suspect by one foreign country's demonym noun more than once, once where it
describes him ("Es handelt sich um einen 30-jährigen Niederländer", "Dem Belgier wird vorgeworfen"),
are of that country, not the setting's civilians: the accused Dutchman of a German murder story became
DEUCVL in every arrest, warrant and hearing. One demonym among several countries, a demonym named
once, or one used only where no suspect is described ("Castro empfing den Argentinier") changes
nothing. Twenty-sixth session, helper e3 (uncoded Wikinews: 23 targets in 4 articles, all right).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_STORY = ("In Köln ist am Montag eine Frau erstochen worden. Die Polizei nahm kurz darauf einen Mann fest. "
          "Es handelt sich um einen 30-jährigen {dem}. Der {dem} hatte die Frau seit Wochen bedroht.")


def _targets(evs, type_):
    return [sorted(a.get("actor_code") or a.get("name") for a in e["target"]) for e in of_type(evs, type_)]


@pytest.mark.parametrize("dem, code", [
    ("Niederländer", "NLDCVL"),
    ("US-Amerikaner", "USACVL"),
    ("Iraker", "IRQCVL"),
])
def test_the_unnamed_accused_is_of_the_demonym_country(analyse_text, dem, code):
    assert [code] in _targets(analyse_text(_STORY.format(dem=dem)), "COERCE")


def test_a_demonym_named_once_changes_nothing(analyse_text):
    text = ("In Köln ist am Montag eine Frau erstochen worden. Die Polizei nahm kurz darauf einen Mann fest. "
            "Es handelt sich um einen 30-jährigen Niederländer.")
    assert ["DEUCVL"] in _targets(analyse_text(text), "COERCE")


def test_demonyms_of_two_countries_change_nothing(analyse_text):
    text = ("In Köln ist am Montag eine Frau erstochen worden. Die Polizei nahm kurz darauf zwei Männer fest. "
            "Es handelt sich um einen 30-jährigen Niederländer und einen 25-jährigen Belgier. Der Niederländer "
            "und der Belgier hatten die Frau seit Wochen bedroht.")
    assert ["DEUCVL"] in _targets(analyse_text(text), "COERCE")


def test_a_demonym_where_no_suspect_is_described_changes_nothing(analyse_text):
    text = ("In Köln nahm die Polizei am Montag einen Mann fest. Er soll einen Kiosk überfallen haben. "
            "Am Abend traf der Bürgermeister einen Gast. Der Schwede lobte die Stadt. Der Schwede reiste am Dienstag ab.")
    assert ["DEUCVL"] in _targets(analyse_text(text), "COERCE")


def test_without_the_rule_the_accused_is_of_the_setting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ACCUSED_DEMONYM", False)
    assert ["DEUCVL"] in _targets(analyse_text(_STORY.format(dem="Niederländer")), "COERCE")
