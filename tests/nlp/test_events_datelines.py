"""A news agency's dateline ("Kampala – …", "Seoul - …") names where a report was filed, not
where its story happens: it counts for the article's setting as a city named after the lead, not
as a place of the lead. Found on gnad1 (Austrian news: a Congo story filed from Kampala coded
Ugandan, North Korea's threats filed from Seoul coded South Korean); eighteenth session. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import agents

_SUDAN = ("{city} {dash} Der Südsudan kommt nicht zur Ruhe. Die Regierung des Südsudan lässt Gegner verfolgen. "
          "Die Polizei nahm am Montag zwölf Oppositionelle fest.")


def _arrest(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1
    return actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])


@pytest.mark.parametrize("dash", ["–", "-"])
def test_the_story_country_wins_over_the_dateline(analyse_text, dash):
    assert _arrest(analyse_text, _SUDAN.format(city="Nairobi", dash=dash)) == (["SSDCOP"], ["SSDOPP"])


def test_north_korean_soldiers_in_a_report_from_seoul(analyse_text):
    text = ("Seoul – Nordkorea droht erneut. Das Regime in Pjöngjang beschuldigt den Nachbarn. "
            "Soldaten griffen am Montag ein Fischerboot an.")
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["PRKMIL"]


def test_a_dateline_still_sets_an_article_that_names_no_other_country(analyse_text):
    assert _arrest(analyse_text, "Wien – Die Polizei nahm am Montag zwölf Demonstranten fest.") == (
        ["AUTCOP"], ["AUTCVL"])


def test_without_the_rule_the_dateline_is_the_setting(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "DATELINE", False)
    assert _arrest(analyse_text, _SUDAN.format(city="Nairobi", dash="–")) == (["KENCOP"], ["KENOPP"])
