"""Members of an organisation named with its prefix before the genitive of one of its own bodies
("UN-Inspektoren der IAEA") are that body: "wonach UN-Inspektoren der IAEA Zutritt zu zwei
militärischen Anlagen im Iran verlangt hätten" was a DEMAND of the UN on the IAEA (uncoded
Wikinews article 1212). Every sentence is written for these tests."""

from __future__ import annotations

from event_helpers import actor_codes, of_type

from lagebild.nlp.events import mentions

TEXT = "UN-Inspektoren der IAEA verlangten am Montag Zutritt zu den Anlagen im Iran."


def test_the_members_are_the_body(analyse_text):
    acts = of_type(analyse_text(TEXT), "DEMAND")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["IGOUNOIAE"]
    assert "IGOUNOIAE" not in actor_codes(acts[0]["target"])


def test_a_prefix_alone_stays_the_organisation(analyse_text):
    acts = of_type(analyse_text("UN-Soldaten griffen am Montag die Rebellen an."), "ASSAULT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == ["IGOUNO"]


def test_without_the_rule_the_un_acts_on_the_iaea(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "IGO_MEMBER_OF_BODY", False)
    acts = of_type(analyse_text(TEXT), "DEMAND")
    assert acts and actor_codes(acts[0]["source"]) == ["IGOUNO"]
