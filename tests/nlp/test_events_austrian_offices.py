"""Austrian offices and party posts as actors: "der Kanzler" in an article set in Austria is
Austria's (federal_institution in function_words.tsv), a Landeshauptmann or Landesrat governs
(GOV), a Klubobmann sits in parliament (LEG), "SPÖ-Klubobmann" and "FPÖ-Obmann" speak for their
party (party_head). Eighteenth session, issue 10; found in the actor errors of the gnad1 part
(Der Standard). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract, mentions


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


def test_a_known_person_keeps_the_office_of_her_country(full_nlp):
    from lagebild.article import Article
    from lagebild.pipeline import analyse
    text = ("Berlin – Bundespräsident Heinz Fischer traf am Donnerstag Bundeskanzlerin Angela Merkel. "
            "Fischer versicherte, die politische Stabilität in Österreich sei gewährleistet.")
    events = analyse(Article(text=text, date="2016-05-12", date_precision="day"), full_nlp)["events"]
    acts = of_type(events, "CONSULT")
    assert (_codes(acts[0]["source"]), _codes(acts[0]["target"])) == (["AUTGOV"], ["DEUGOV"])


def test_without_the_rule_the_known_person_becomes_austrian(full_nlp, monkeypatch):
    from lagebild.article import Article
    from lagebild.pipeline import analyse
    monkeypatch.setattr(extract, "FEDERAL_KNOWN_PERSON", False)
    text = ("Berlin – Bundespräsident Heinz Fischer traf am Donnerstag Bundeskanzlerin Angela Merkel. "
            "Fischer versicherte, die politische Stabilität in Österreich sei gewährleistet.")
    events = analyse(Article(text=text, date="2016-05-12", date_precision="day"), full_nlp)["events"]
    assert _codes(of_type(events, "CONSULT")[0]["target"]) == ["AUTGOV"]


# PARTY_ROLE_PERSON (session 23): a party's compound of a member's noun right before a person's name is
# that person, acting for the party (own sentences)
@pytest.mark.parametrize("text, kind, source, target", [
    ("Wien – FPÖ-Obmann Heinz-Christian Strache kritisierte die Regierung.", "DISAPPROVE", ["AUTPTY"], ["AUTGOV"]),
    ("Wien – ÖVP-Obfrau Maria Huber kritisierte die Regierung.", "DISAPPROVE", ["AUTPTY"], ["AUTGOV"]),
    ("Berlin – SPD-Politikerin Anna Schulte kritisierte die Bundesregierung.", "DISAPPROVE", ["DEUPTY"], ["DEUGOV"]),
])
def test_a_party_role_before_a_name_is_the_person(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (_codes(acts[0]["source"]), _codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_person_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "PARTY_ROLE_PERSON", False)
    acts = of_type(analyse_text("Wien – FPÖ-Obmann Heinz-Christian Strache kritisierte die Regierung."), "DISAPPROVE")
    assert _codes(acts[0]["target"]) == ["AUTPTY"]
