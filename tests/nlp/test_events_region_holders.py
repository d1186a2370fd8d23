"""A genitive region before a person named with their role ("Bayerns Ministerpräsident Horst
Seehofer", "Tirols Landeshauptmann Günther Platter") is one actor: the person, of the region's
country. The recogniser takes the role into the person's mention, so the region stayed a party of
its own and took the subject (DEU > DEUGOV for "Bayerns Ministerpräsident Horst Seehofer
forderte"). Eighteenth session; found reading lagebild's output on 10kGNAD Panorama articles.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind, source, target", [
    ("Bayerns Ministerpräsident Horst Seehofer kritisierte Angela Merkel scharf.", "DISAPPROVE",
     ["DEUGOV"], ["DEUGOV"]),
    ("Kärntens Landeshauptmann Peter Kaiser kritisierte die Regierung in Wien.", "DISAPPROVE",
     ["AUTGOV"], ["AUTGOV"]),
    ("Tirols Landeschef Günther Platter verurteilte die Regierung in Rom.", "DISAPPROVE",
     ["AUTGOV"], ["ITAGOV"]),
])
def test_a_genitive_region_and_its_office_holder_are_one_actor(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, kind, source", [
    # a genitive country was joined before the rule, and stays so
    ("Ungarns Innenminister Sándor Pintér kritisierte die Regierung in Wien.", "DISAPPROVE", ["HUNGOV"]),
])
def test_a_genitive_country_is_unchanged(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and codes(acts[0]["source"]) == source


def test_without_the_rule_the_region_is_the_subject(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "GENITIVE_REGION_HOLDER", False)
    acts = of_type(analyse_text("Kärntens Landeshauptmann Peter Kaiser kritisierte die Regierung in Wien."),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["AUT"]
