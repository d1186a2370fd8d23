"""A name in the genitive right before an act noun is the noun's actor ("Russlands Einmarsch",
"Merkels Kritik"; extract PRENOMINAL_GENITIVE, seventeenth session, found on a 10kGNAD article
where "Moskaus Unterstützung für die syrische Armee" was the US's). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source", [
    ("Wien – Russlands Einmarsch in die Ukraine hat die Lage verändert.", "ASSAULT", ["RUS"]),
    ("Wien – Merkels Kritik an Putin fiel scharf aus.", "DISAPPROVE", ["DEUGOV"]),
    ("Wien – Chinas Unterstützung für Pakistan ist bekannt.", "SUPPORT", ["CHN"]),
    # an adjective between, and a capital's genitive speaking for its state
    ("Wien – Moskaus massive Unterstützung für die syrische Armee helfe der Regierung.", "SUPPORT", ["RUS"]),
])
def test_the_genitive_name_before_an_act_noun_is_its_actor(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_without_the_rule_the_dateline_country_acts(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PRENOMINAL_GENITIVE", False)
    acts = of_type(analyse_text("Wien – Chinas Unterstützung für Pakistan ist bekannt."), "SUPPORT")
    assert acts and codes(acts[0]["source"]) != ["CHN"]
