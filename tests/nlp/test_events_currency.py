"""A sum in a currency after a country prefix ("150.000 US-Dollar") names no actor: it is no party
of an act and no vote for the article's country (``CURRENCY_NO_ACTOR``, currency in
function_words.tsv). Eighteenth session, issue 10; found in gnad1, where dollar sums had made a
Turkish-Chinese arms story American. Every sentence is written for these tests."""

from __future__ import annotations

from event_helpers import of_type

from lagebild.nlp.events import mentions

TEXT = "Die Türkei hat ein Angebot Chinas über 3,4 Milliarden US-Dollar angenommen."


def test_a_dollar_sum_is_no_party(analyse_text):
    acts = analyse_text(TEXT)
    codes = {a.get("actor_code") for e in acts for a in e["source"] + e["target"]}
    assert acts and "USA" not in codes


def test_without_the_rule_the_dollar_is_american(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "CURRENCY_NO_ACTOR", False)
    acts = analyse_text(TEXT)
    codes = {a.get("actor_code") for e in acts for a in e["source"] + e["target"]}
    assert "USA" in codes


def test_a_country_prefix_before_an_office_still_names_the_country(analyse_text):
    acts = of_type(analyse_text("Die US-Regierung kritisierte China."), "DISAPPROVE")
    assert [a.get("actor_code") for a in acts[0]["source"]] == ["USAGOV"]
