"""A role noun joined by a hyphen to the name of an international organisation or NGO the KB knows
("Ein WWF-Sprecher", "Human Rights Watch-Sprecher X", "eine UNHCR-Sprecherin") speaks for that
organisation. Before, the bare role took the setting's civilians ("EGYCVL") and a person after a
several-word name kept no code. Rule ORG_ROLE_COMPOUNDS in lagebild/nlp/events/mentions.py (session
22, helper F10); every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, source, target", [
    ("Ein WWF-Sprecher kritisierte die Regierung in Brasilien.", ["NGOWWF"], ["BRAGOV"]),
    ("Eine UNHCR-Sprecherin kritisierte die Regierung in Budapest.", ["IGOUNOREFHCR"], ["HUNGOV"]),
    ("Ein Amnesty-Sprecher kritisierte die Regierung in Kairo.", ["NGOHRIAMN"], ["EGYGOV"]),
])
def test_a_role_after_an_organisation_speaks_for_it(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, source", [
    ("Ein Human Rights Watch-Sprecher kritisierte die Regierung in Kairo.", ["NGOHRI"]),
    ("Human Rights Watch-Sprecher Max Berger kritisierte die Regierung in Kairo.", ["NGOHRI"]),
    ("Der Transparency International-Chef Max Berger kritisierte die Regierung in Budapest.", ["NGOTRI"]),
])
def test_a_name_of_several_words_before_the_role(analyse_text, text, source):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts
    assert codes(acts[0]["source"]) == source


def test_a_role_after_a_name_tagged_as_one_span(analyse_text):
    acts = of_type(analyse_text("Amnesty International-Generalsekretär Max Berger kritisierte die Regierung in Kairo."),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["NGOHRIAMN"]


def test_a_role_after_a_country_prefix_is_unchanged(analyse_text):
    acts = of_type(analyse_text("Ein Nato-Sprecher kritisierte Russland."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["IGOWSTNAT"]


def test_without_the_rule_the_role_is_the_settings_civilians(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "ORG_ROLE_COMPOUNDS", False)
    acts = of_type(analyse_text("Ein WWF-Sprecher kritisierte die Regierung in Brasilien."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) != ["NGOWWF"]
