"""Words of conflict used in another sense name no act: a compound whose head is an act noun but
whose modifier makes it a building, health, economic or sports term ("Wohnbauoffensive",
"Impfoffensive", "Zollschlacht", "Börsenrückzug", "Machtdemonstration", "Konterangriff"; nomod= in
triggers.tsv). Nineteenth session, precision second round. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, kind", [
    ("Die Stadt Graz startete im Herbst eine Wohnbauoffensive.", "ASSAULT"),
    ("Die Landesregierung kündigte eine Pflegeoffensive für die Spitäler an.", "THREATEN"),
    ("Das Gesundheitsministerium startete eine Impfoffensive in den Schulen.", "ASSAULT"),
    ("Die Bundesregierung begann eine Breitbandoffensive auf dem Land.", "ASSAULT"),
    ("Die Zollschlacht zwischen Japan und Korea belastet die Börsen.", "ASSAULT"),
    ("Der Börsenrückzug der Post AG wurde am Montag beschlossen.", "RETREAT"),
    ("Die Agentur verhängte ein Nachrichtenembargo bis Mittwoch.", "SANCTION"),
    ("Der Präsident ordnete eine Machtdemonstration der Marine an.", "PROTEST"),
    ("Der Minister lobte den Konterangriff der Nationalmannschaft.", "ASSAULT"),
])
def test_a_compound_in_another_sense_is_no_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Die Armee startete eine Bodenoffensive gegen die Rebellen.", "ASSAULT"),
    ("Die Regierung startete eine Militäroffensive gegen die Rebellen in Idlib.", "ASSAULT"),
    ("Die Rebellen starteten einen Gegenangriff auf die Armee.", "ASSAULT"),
    ("Der Premier kritisierte die Großdemonstration der Opposition.", "PROTEST"),
])
def test_the_conflict_sense_stays_an_act(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1
