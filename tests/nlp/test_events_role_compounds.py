"""A person the KB lacks, named after a role noun whose first part is a sector ("Polizeisprecher
Hans Meier", "Gewerkschaftschef …"), acts for that sector, with the country of the context; a
minister of any portfolio acts for the government. Thirteenth session; every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, source", [
    ("Polizeisprecher Hans Meier kritisierte die Demonstranten in Hamburg scharf.", "DEUCOP"),
    ("Gewerkschaftschef Frank Berger kritisierte in Berlin die Bundesregierung scharf.", "DEULAB"),
    ("Der Unternehmenssprecher Tim Roth kritisierte in München die Gewerkschaft scharf.", "DEUBUS"),
    ("Ein Armeesprecher kritisierte in Jerusalem die Regierung scharf.", "ISRMIL"),
    ("Justizministerin Petra Lange kritisierte in Wien die Opposition scharf.", "AUTGOV"),
])
def test_a_sector_role_compound_gives_the_sector(analyse_text, text, source):
    evs = of_type(analyse_text(text), "DISAPPROVE")
    assert evs and actor_codes(evs[0]["source"]) == [source]


@pytest.mark.parametrize("text", [
    # a former holder: the role is not coded at the article's date
    "Der ehemalige Gewerkschaftschef Frank Berger kritisierte in Berlin die Bundesregierung scharf.",
    # a press spokesman speaks for a person or a body, not for the press
    "Pressesprecher Jan Ott kritisierte in Berlin die Gewerkschaft scharf.",
])
def test_no_sector_for_former_holders_and_press_spokesmen(analyse_text, text):
    evs = of_type(analyse_text(text), "DISAPPROVE")
    assert evs and not any(code.endswith(("LAB", "MED")) for code in actor_codes(evs[0]["source"]))


def test_without_the_rule_the_person_has_no_sector(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "ROLE_COMPOUNDS", False)
    evs = of_type(analyse_text("Polizeisprecher Hans Meier kritisierte die Demonstranten in Hamburg scharf."),
                  "DISAPPROVE")
    assert evs and actor_codes(evs[0]["source"]) != ["DEUCOP"]
