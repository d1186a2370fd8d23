"""Austrian offices and party posts as actors: "der Kanzler" in an article set in Austria is
Austria's (federal_institution in function_words.tsv), a Landeshauptmann or Landesrat governs
(GOV), a Klubobmann sits in parliament (LEG), "SPÖ-Klubobmann" and "FPÖ-Obmann" speak for their
party (party_head). Eighteenth session, issue 10; found in the actor errors of the gnad1 part
(Der Standard). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _codes(side):
    return [a.get("actor_code") for a in side]


@pytest.mark.parametrize("text, kind, source, target", [
    ("Wien – Die ÖVP hat die Pläne des Kanzlers abgelehnt.", "REJECT", ["AUTPTY"], ["AUTGOV"]),
    ("Linz – Der Landeshauptmann kritisierte die Opposition scharf.", "DISAPPROVE", ["AUTGOV"], ["AUTOPP"]),
    ("Graz – Die Landesrätin kritisierte die Opposition scharf.", "DISAPPROVE", ["AUTGOV"], ["AUTOPP"]),
    ("Wien – Der SPÖ-Klubobmann kritisierte die Regierung.", "DISAPPROVE", ["AUTPTY"], ["AUTGOV"]),
    ("Wien – FPÖ-Obmann Strache kritisierte die Regierung.", "DISAPPROVE", ["AUTPTY"], ["AUTGOV"]),
    ("Graz – Der Landtag lehnte den Antrag der FPÖ ab.", "REJECT", ["AUTLEG"], ["AUTPTY"]),
])
def test_austrian_offices_are_austrias(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (_codes(acts[0]["source"]), _codes(acts[0]["target"])) == (source, target)


def test_a_german_chancellor_stays_german(analyse_text):
    acts = of_type(analyse_text("Berlin – Die SPD kritisierte den Kanzler scharf."), "DISAPPROVE")
    assert _codes(acts[0]["target"]) == ["DEUGOV"]


def test_without_the_federal_rule_the_chancellor_is_germanys(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FEDERAL_SETTING", False)
    acts = of_type(analyse_text("Wien – Die ÖVP hat die Pläne des Kanzlers abgelehnt."), "REJECT")
    assert _codes(acts[0]["target"]) == ["DEUGOV"]
