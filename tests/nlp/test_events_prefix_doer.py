"""A material act noun whose compound's first part names its doer ("IS-Anschlag", "PKK-Angriff",
"US-Luftangriff") is read as one with a genitive doer ("Anschlag der PKK"): an armed group the
knowledge base knows (organisations.tsv, kind armed) as the prefix is the act's source
(ORG_PREFIX_ACTOR; before, the setting's rebels stood in: "FRAREB" for an IS attack), and such a
noun is an act of its own beside the clause's verb (PREFIX_OWN_ACTOR), so "Bei einem IS-Anschlag
wurden … getötet" no longer lost the doer to a passive without agent. Twenty-eighth session,
helper r3. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, code", [
    ("Nach dem PKK-Angriff auf eine Polizeistation blieb die Straße gesperrt.", "TURREB"),
    ("Der Boko-Haram-Überfall auf das Dorf zerstörte viele Häuser.", "NGAREB"),
    ("Die Regierung fürchtet weitere IS-Terrorangriffe auf Bahnhöfe.", "IMGMUSISI"),
])
def test_an_armed_group_as_first_part_does_the_act(analyse_text, text, code):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert acts and codes(acts[0]["source"]) == [code]


@pytest.mark.parametrize("text, code", [
    ("Bei einem Taliban-Angriff auf einen Konvoi wurden vier Wachleute getötet.", "AFGREB"),
    ("Bei einem US-Luftangriff auf ein Depot wurden zwei Wachleute getötet.", "USA"),
])
def test_the_prefixed_act_keeps_its_doer_beside_a_passive_verb(analyse_text, text, code):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1 and codes(acts[0]["source"]) == [code]


def test_a_non_armed_prefix_names_no_doer(analyse_text):
    acts = of_type(analyse_text("Nach dem Facebook-Angriff auf ihre Daten klagten viele Nutzer."), "ASSAULT")
    assert all(codes(a["source"]) != ["USABUS"] for a in acts)


def test_without_the_rule_the_group_is_no_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ORG_PREFIX_ACTOR", False)
    acts = of_type(analyse_text("Der Boko-Haram-Überfall auf das Dorf zerstörte viele Häuser."), "ASSAULT")
    assert all(codes(a["source"]) != ["NGAREB"] for a in acts)


def test_without_the_rule_the_passive_verb_loses_the_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PREFIX_OWN_ACTOR", False)
    acts = of_type(analyse_text("Bei einem Taliban-Angriff auf einen Konvoi wurden vier Wachleute getötet."),
                   "ASSAULT")
    assert acts and all(codes(a["source"]) != ["AFGREB"] for a in acts)
