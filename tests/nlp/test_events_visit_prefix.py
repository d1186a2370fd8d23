"""A visit noun whose first part names a country or a city ("Israel-Besuch", "Moskau-Besuch") names the
host: that country is the visit's target (extract.VISIT_PREFIX_TARGET). An abbreviation ("US-Besuch") is
left to _prefix_actor. Twenty-second session, helper F3 (targets); found in dev2 ("Hannover-Besuchs von
US-Präsident Barack Obama") and gnad1 ("dem letzten China-Besuch Gaucks"). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source, target", [
    ("Wien – Der Kanzler hat bei seinem Israel-Besuch den Premierminister getroffen.", ["AUTGOV"], ["ISR"]),
    ("Wien – Nach dem Moskau-Besuch des Außenministers gab es Kritik.", ["AUTGOV"], ["RUS"]),
    ("Wien – Der Berlin-Besuch des französischen Präsidenten verlief ohne Zwischenfälle.", ["FRAGOV"], ["DEU"]),
])
def test_the_first_part_of_a_visit_noun_is_the_host(analyse_text, text, source, target):
    acts = [e for e in of_type(analyse_text(text), "CONSULT") if "-Besuch" in e["trigger"]["text"]]
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_an_abbreviation_is_no_host(analyse_text):
    acts = [e for e in of_type(analyse_text("Wien – Der US-Besuch des Kanzlers wurde verschoben."), "CONSULT")
            if "-Besuch" in e["trigger"]["text"]]
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == []


def test_without_the_rule_the_visit_has_no_host(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "VISIT_PREFIX_TARGET", False)
    acts = [e for e in of_type(analyse_text("Wien – Der Kanzler hat bei seinem Israel-Besuch den Premierminister "
                                            "getroffen."), "CONSULT") if "-Besuch" in e["trigger"]["text"]]
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == []
