"""Members named by a role noun before the genitive of a group the KB codes without a country
("Kämpfer der Terrormiliz Islamischer Staat", IMGMUSISI) act as that group: the role noun stayed a
countryless party of its own (REB, given the setting's country) and the group became its target,
"Kämpfer der Jihadistenmiliz IS haben … Geiseln genommen" was SYRREB > IMGMUSISI (uncoded 10kGNAD
article 769). A group with a country keeps the older join (MEMBER_OF_BODY). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import mentions

SENTENCES = [
    "Kämpfer der Terrormiliz Islamischer Staat haben am Montag ein Dorf im Norden angegriffen.",
    "Am Montag haben Kämpfer der Terrormiliz Islamischer Staat ein Dorf im Norden angegriffen.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_members_are_the_group(analyse_text, text):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == ["IMGMUSISI"]
    assert "IMGMUSISI" not in codes(acts[0]["target"])


def test_a_critic_of_the_group_is_not_the_group(analyse_text):
    acts = analyse_text("Kritiker der Terrormiliz Islamischer Staat demonstrierten am Montag in der Hauptstadt.")
    assert all("IMGMUSISI" not in codes(a["source"]) for a in acts)


def test_without_the_rule_the_fighters_attack_the_group(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "MEMBER_OF_GROUP", False)
    acts = of_type(analyse_text(SENTENCES[0]), "ASSAULT")
    assert acts and codes(acts[0]["source"]) != ["IMGMUSISI"]
