"""The forces a passive puts on alert, sends or masses are the ones that mobilise: "Die Armee wurde
in Alarmbereitschaft versetzt" is MIL > -, not a default doer acting on the army
(extract.MOBILIZED_FORCES_SOURCE, twenty-first session, F7). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source", [
    ("Nordkorea drohte mit einem Angriff. Die südkoreanische Armee wurde in Alarmbereitschaft versetzt.",
     ["KORMIL"]),
    ("Die Armee wurde am Abend in Alarmbereitschaft versetzt.", ["MIL"]),
    ("Nach den Unruhen wurden Tausende Soldaten in die Hauptstadt verlegt.", ["MIL"]),
    ("Zusätzliche Polizisten wurden an die Grenze geschickt.", ["COP"]),
])
def test_the_forces_of_a_passive_mobilise(analyse_text, text, source):
    acts = of_type(analyse_text(text), "MOBILIZE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source
    assert not acts[0]["target"]


def test_a_passive_arrest_still_hits_its_subject(analyse_text):
    acts = of_type(analyse_text("Die Soldaten wurden am Montag festgenommen."), "COERCE")
    assert acts and "MIL" in "".join(actor_codes(acts[0]["target"]))


def test_without_the_rule_the_forces_are_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "MOBILIZED_FORCES_SOURCE", False)
    acts = of_type(analyse_text("Nordkorea drohte mit einem Angriff. Die südkoreanische Armee wurde in "
                                "Alarmbereitschaft versetzt."), "MOBILIZE")
    assert acts and actor_codes(acts[0]["target"]) == ["KORMIL"]
