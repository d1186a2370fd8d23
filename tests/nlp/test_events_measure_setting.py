"""A state that sets or keeps a cap, quota, curfew or sanction takes that measure: "fest|legen" and
"bei|behalten" carry the measure noun (triggers.tsv LIGHT lines, only with such a measure named), so the
clause's subject, or in an infinitive clause the subject of the governing verb, is its doer. "Österreich
hatte angekündigt, eine Obergrenze für Flüchtlinge festzulegen" had the setting's police as the doer and
the cap as done (gnad4: COERCE AUT future). Twenty-first session (F12). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

REFUGEES = "Tausende Flüchtlinge warten an der Grenze. Die Flüchtlinge wollen weiter nach Norden. "


@pytest.mark.parametrize("text, kind, source", [
    (REFUGEES + "Ungarn hatte am Montag angekündigt, eine Obergrenze für Flüchtlinge festzulegen.",
     "COERCE", "HUN"),
    (REFUGEES + "Der Minister sagte, dass Österreich die Tageskontingente beibehalten werde.", "COERCE", "AUT"),
    ("Die Europäische Union will die Sanktionen gegen Russland beibehalten.", "SANCTION", "IGOEUREEC"),
])
def test_who_sets_or_keeps_a_measure_takes_it(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and acts[0]["modality"] == "future"
    assert any(code.startswith(source) for code in actor_codes(acts[0]["source"]))


def test_a_date_set_for_talks_is_no_measure(analyse_text):
    evs = analyse_text("Die Regierung legte einen Termin für die Verhandlungen mit der Opposition fest.")
    assert all(e["trigger"]["text"] != "legte" for e in evs)
