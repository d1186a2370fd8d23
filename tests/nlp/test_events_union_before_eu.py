"""A bare "die Union" before the article names the European Union ("Flüchtlinge sollen in der Union
verteilt werden … Die Europäische Union verhandelt …") is that union, not the German CDU/CSU the
knowledge base reads it as, unless the text names the German Union parties ("CDU", "CSU-Chef").
Twenty-first session (F2); found reading lagebild's output on 10kGNAD gnad3 54, an Austrian story of
an EU summit. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

EU_STORY = ("Wien – Der Gipfel mit der Türkei beginnt am Montag. Am Dienstag hat die Union die "
            "österreichische Regierung scharf kritisiert. Die Europäische Union verhandelt mit der Türkei.")


def test_a_bare_union_before_the_eu_is_the_eu(analyse_text):
    acts = of_type(analyse_text(EU_STORY), "DISAPPROVE")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["IGOEUREEC"], ["AUTGOV"])


@pytest.mark.parametrize("text", [
    "Berlin – Die Union kritisierte die SPD scharf. CDU-Chefin Angela Merkel sprach in Brüssel mit der "
    "Europäischen Union.",
    "Berlin – Die Union kritisierte die SPD scharf. Die CSU sprach mit der Europäischen Union.",
])
def test_a_text_naming_the_german_union_parties_keeps_them(analyse_text, text):
    acts = [e for e in of_type(analyse_text(text), "DISAPPROVE") if e["trigger"]["text"] == "kritisierte"]
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == ["DEUPTY"]


def test_without_the_rule_the_union_is_the_cdu_csu(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "UNION_ANYWHERE", False)
    acts = of_type(analyse_text(EU_STORY), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["DEUPTY"]
