"""A region ("Europa", "Nahost": organisations.tsv kind region) is no country an article is set in:
unnamed agents of an article that names only a region do not take the region's code ("EURGOV",
"MEACOP") but the home country, like those of an article that names no country at all
(agents.REGION_NO_COUNTRY, twenty-first session, F8; found in a 10kGNAD EU consumer story whose
unnamed actors became EURGOV). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import agents, extract

_EUROPE = ("Viele Händler in Europa liefern nicht ins Ausland. Kunden in Europa zahlen oft mehr. Europa will das "
           "ändern. Die Regierung kritisierte die Händler.")
_MIDEAST = ("In Nahost wächst die Sorge. Viele Menschen in Nahost fliehen. Die Lage bleibt angespannt. Die Polizei "
            "nahm zwei Männer fest.")


@pytest.mark.parametrize("text, kind, sector", [
    (_EUROPE, "DISAPPROVE", "GOV"),
    (_MIDEAST, "COERCE", "COP"),
])
def test_a_region_gives_unnamed_agents_no_country(analyse_text, text, kind, sector):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert [a.get("actor_code") for a in acts[0]["source"]] == [extract.HOME_COUNTRY + sector]


def test_without_the_rule_the_region_is_the_setting(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "REGION_NO_COUNTRY", False)
    acts = of_type(analyse_text(_MIDEAST), "COERCE")
    assert acts and [a.get("actor_code") for a in acts[0]["source"]] == ["MEACOP"]
