"""A protest noun with an "anti-" adjective is aimed at whom the adjective names: "antijapanische
Kundgebungen" in Seoul are against Japan, not against the South Korean government that the defaults
give every protest; "anti-" and a people's adjective ("antiarabische Märsche") aims at those people,
the civilians where the protest is. A target the text names stays. Twenty-sixth session, helper e7
(uncoded 10kGNAD: anti-Chinese riots in Vietnam were VNMCVL > VNMGOV). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, target", [
    ("In Seoul kam es am Sonntag zu heftigen antijapanischen Kundgebungen.", ["JPN"]),
    ("Nach dem Zwischenfall gab es in Kairo tagelange antiamerikanische Proteste.", ["USA"]),
    ("In Manila gingen die anti-chinesischen Demonstrationen am Montag weiter.", ["CHN"]),
])
def test_an_anti_country_adjective_names_the_protests_target(analyse_text, text, target):
    acts = of_type(analyse_text(text), "PROTEST")
    assert acts and codes(acts[0]["target"]) == target


def test_an_anti_people_adjective_aims_at_civilians_not_the_government(analyse_text):
    acts = of_type(analyse_text("In Marseille kam es am Wochenende zu antiarabischen Märschen."), "PROTEST")
    assert acts and all(not c.endswith("GOV") for c in codes(acts[0]["target"]))
    assert codes(acts[0]["target"]) == ["FRACVL"]


def test_a_named_target_stays(analyse_text):
    acts = of_type(analyse_text("In Seoul kam es zu antijapanischen Protesten gegen die eigene Regierung."),
                   "PROTEST")
    assert acts and codes(acts[0]["target"]) == ["KORGOV"]


def test_without_the_rule_the_setting_government_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ANTI_ADJECTIVE_TARGET", False)
    acts = of_type(analyse_text("In Seoul kam es am Sonntag zu heftigen antijapanischen Kundgebungen."), "PROTEST")
    assert acts and codes(acts[0]["target"]) == ["KORGOV"]
