"""Two errors that cost a clause its subject. A verb whose perfect takes "sein" ("ist von allen
Ämtern zurückgetreten") is no state passive with a von-phrase: the one who resigned is the doer,
not the target. A person between commas right after a role noun with no country ("Der
Innenminister, Hans Müller, …") is that role: the commas no longer cut the subject off its verb.
Seventeenth session; found reading lagebild's output on uncoded Wikinews articles ("Der
Spitzenkandidat der CDU in Rheinland-Pfalz, Christoph Böhr, ist … von allen Ämtern zurückgetreten"
was DEUGOV > Böhr). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract, mentions


def _names(side):
    return sorted(a.get("name") or "" for a in side)


@pytest.mark.parametrize("text, who", [
    ("Der Landesvorsitzende der SPD in Hessen, Peter Lange, ist am Montag von allen Ämtern zurückgetreten.",
     "Peter Lange"),
    ("Die Vorsitzende der FDP in Bremen, Anna Roth, ist gestern vom Parteivorsitz zurückgetreten.", "Anna Roth"),
])
def test_a_sein_perfect_with_von_is_no_passive(analyse_text, text, who):
    acts = of_type(analyse_text(text), "RETREAT")
    assert len(acts) == 1
    assert _names(acts[0]["source"]) == [who]
    assert who not in _names(acts[0]["target"])


def test_a_state_passive_with_a_party_stays_passive(analyse_text):
    acts = of_type(analyse_text("Die Stadt ist seit Tagen von Rebellen eingekesselt."), "COERCE")
    assert acts and [a["actor_code"] for a in acts[0]["source"]] == ["REB"]


def test_without_the_rule_the_resigner_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SEIN_PERFECT", False)
    acts = of_type(analyse_text("Der Landesvorsitzende der SPD in Hessen, Peter Lange, ist am Montag von allen "
                                "Ämtern zurückgetreten."), "RETREAT")
    assert acts and "Peter Lange" in _names(acts[0]["target"])


@pytest.mark.parametrize("text, kind, source, target", [
    ("Berlin – Der Innenminister, Hans Müller, kritisierte die Opposition.", "DISAPPROVE", "DEUGOV", "DEUOPP"),
    ("Paris – Der Polizeichef, Jean Martin, nahm drei Demonstranten fest.", "COERCE", "FRACOP", "FRACVL"),
])
def test_a_person_between_commas_after_a_role_is_that_role(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert [a["actor_code"] for a in acts[0]["source"]] == [source]
    assert [a["actor_code"] for a in acts[0]["target"]] == [target]


def test_a_list_of_parties_is_no_apposition(analyse_text):
    acts = of_type(analyse_text("Berlin – Die Regierung, Hans Müller, die Gewerkschaften und die Opposition "
                                "kritisierten den Plan."), "DISAPPROVE")
    assert len(acts) == 1
    assert "Regierung" in _names(acts[0]["source"])


def test_without_the_rule_the_object_acts(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "SECTOR_APPOSITION", False)
    acts = of_type(analyse_text("Berlin – Der Innenminister, Hans Müller, kritisierte die Opposition."), "DISAPPROVE")
    assert acts and [a["actor_code"] for a in acts[0]["source"]] != ["DEUGOV"]
