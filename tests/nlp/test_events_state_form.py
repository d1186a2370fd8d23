"""A country noun that names a form of state ("das Königreich", "die Republik", "das Emirat")
points back only to a recent country of that form, not to the latest country named; "die
Republik" with no republic named before is the paper's own country (coref.STATE_FORM_NOUNS,
twenty-first session, F8; found in a 10kGNAD arms-export story whose "Ausfuhrbewilligungen der
Republik" became the Emirates'). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp import coref
from lagebild.nlp.events import agents


@pytest.mark.parametrize("text, source", [
    ("Saudi-Arabien kauft Waffen in Frankreich. Das Königreich kritisierte den russischen Präsidenten.", ["SAU"]),
    ("Katar kauft Flugzeuge in Frankreich. Die Regierung des Emirats kritisierte den russischen Präsidenten.",
     ["QAT"]),
])
def test_a_monarchy_noun_points_back_to_the_monarchy(analyse_text, text, source):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_the_republic_is_not_the_kingdom_named_last(analyse_text):
    acts = of_type(analyse_text("Frankreich verkauft Waffen an Saudi-Arabien. Präsident Hollande sagte, die "
                                "Regierung der Republik verurteile den Krieg im Jemen."), "DISAPPROVE")
    assert acts
    assert all("SAU" not in codes(a["source"]) for a in acts)
    assert any(codes(a["source"]) == ["FRA"] for a in acts)


@pytest.mark.parametrize("home", ["DEU", "AUT"])
def test_the_republic_without_a_republic_before_is_the_home_country(analyse_text, monkeypatch, home):
    monkeypatch.setattr(agents, "HOME_COUNTRY", home)
    acts = of_type(analyse_text("Die Emirate kaufen Granaten. Der Abgeordnete kritisierte die Ausfuhren der "
                                "Republik an die Emirate."), "DISAPPROVE")
    assert len(acts) == 1
    assert home in codes(acts[0]["target"])


def test_without_the_rule_the_kingdom_is_the_latest_country(analyse_text, monkeypatch):
    monkeypatch.setattr(coref, "STATE_FORM_NOUNS", False)
    acts = of_type(analyse_text("Saudi-Arabien kauft Waffen in Frankreich. Das Königreich kritisierte den "
                                "russischen Präsidenten."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["FRA"]
