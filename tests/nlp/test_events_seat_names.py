"""A body's noun right before a place ("Staatsanwaltschaft Arnsberg", "Polizeidirektion Hannover",
"Landesapothekerverband Baden-Württemberg") names the body by its seat: one actor of the place's
country with the sector its noun names, the place no party of its own. Seventeenth session; found
reading lagebild's output on uncoded Wikinews articles ("Die Staatsanwaltschaft Arnsberg ermittelt
wegen versuchten Mordes" had DEU/Arnsberg as the target). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Die Polizeidirektion Hannover nahm gestern zwei Einbrecher fest.", "COERCE", ["DEUCOP"]),
    ("Die Staatsanwaltschaft Köln erhob Anklage gegen den früheren Landrat.", "DISAPPROVE", ["DEUJUD"]),
    ("Die Polizei Zürich nahm drei Demonstranten fest.", "COERCE", ["CHECOP"]),
    ("Die Staatsanwaltschaft Köln ließ gestern zwei Einbrecher festnehmen.", "COERCE", ["DEUJUD"]),
])
def test_a_body_named_by_its_seat_is_one_actor(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


def test_the_seat_is_no_target(analyse_text):
    acts = of_type(analyse_text("Die Staatsanwaltschaft Arnsberg ermittelt wegen versuchten Mordes."), "DISAPPROVE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["DEUJUD"]
    assert not any(a.get("name") == "Arnsberg" for a in acts[0]["target"])


def test_an_association_named_by_its_seat_is_no_state(analyse_text):
    acts = of_type(analyse_text("Der Landesapothekerverband Baden-Württemberg kritisierte die Regierung."),
                   "DISAPPROVE")
    assert len(acts) == 1
    assert acts[0]["source"][0]["name"] == "Landesapothekerverband Baden-Württemberg"
    assert acts[0]["source"][0]["actor_code"] != "DEU"


def test_an_army_before_a_city_it_reaches_is_no_seat(analyse_text):
    acts = analyse_text("Am Montag griff die Armee Aleppo an.")
    assert not any(a.get("name", "").startswith("Armee") and "Aleppo" in a.get("name", "")
                   for e in acts for a in e["source"] + e["target"])


# A Staatsanwaltschaft before its seat, not "Die Polizeidirektion Hannover nahm … fest": the candidate NER
# weights (ship7-s1) mark a police body with its seat one ORG ("Polizeidirektion Hannover", "Polizei
# Zürich"), so the place is no party even without the rule; "Staatsanwaltschaft Arnsberg" both the shipped
# and the candidate weights leave the place alone (LOC), and without the rule the place is a party (the
# target DEU of the investigation, of the arrest)
@pytest.mark.parametrize("text, kind", [
    ("Die Staatsanwaltschaft Arnsberg ermittelt wegen versuchten Mordes.", "DISAPPROVE"),
    ("Die Staatsanwaltschaft Köln ließ gestern zwei Einbrecher festnehmen.", "COERCE"),
])
def test_without_the_rule_the_place_acts(analyse_text, monkeypatch, text, kind):
    monkeypatch.setattr(mentions, "SEAT_NAMES", False)
    acts = of_type(analyse_text(text), kind)
    assert acts and "DEU" in actor_codes(acts[0]["source"] + acts[0]["target"])
