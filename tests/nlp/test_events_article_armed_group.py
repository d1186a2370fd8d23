"""A bombing the text pins on nobody ("Eine Autobombe explodierte vor der Kaserne") is by the one
armed group of a country the article names (ETA, PKK, Boko Haram), not by unknown rebels ("REB"):
the coders give such attacks the suspected group's country ("ESPREB"), and the defaults leave a
bomb's planter without one. A group named by its country's adjective ("kurdische Extremisten")
counts too unless the article also names a militant group of no country (the IS), whom the attack
may be pinned on as well. Twenty-fifth session, helper e3. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract
from lagebild.nlp.events.mentions import Mention


@pytest.mark.parametrize("text, code", [
    ("Madrid – Die Polizei vermutet die ETA hinter der Tat. In Bilbao ist am Montag eine Autobombe vor "
     "einer Kaserne explodiert.", "ESPREB"),
    ("Ankara – Die PKK hat in den letzten Monaten ihre Angriffe verstärkt. In Van ist am Freitag eine "
     "Bombe vor einer Polizeiwache explodiert.", "TURREB"),
    ("Abuja – Der Norden leidet seit Jahren unter der Terrorgruppe Boko Haram. Bei einem Bombenanschlag "
     "auf einen Markt in Maiduguri starben am Dienstag zwanzig Menschen.", "NGAREB"),
])
def test_an_unattributed_bombing_is_the_named_groups(analyse_text, text, code):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert acts and codes(acts[-1]["source"]) == [code]


def test_two_groups_of_two_countries_give_no_doer(analyse_text):
    acts = of_type(analyse_text("Ankara – Die PKK und die Hamas verurteilten die Regierung. In Van ist am "
                                "Freitag eine Bombe vor einer Polizeiwache explodiert."), "ASSAULT")
    assert acts and codes(acts[-1]["source"]) == ["REB"]


def test_without_the_rule_the_bombing_has_no_country(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ARTICLE_ARMED_GROUP", False)
    acts = of_type(analyse_text("Madrid – Die Polizei vermutet die ETA hinter der Tat. In Bilbao ist am "
                                "Montag eine Autobombe vor einer Kaserne explodiert."), "ASSAULT")
    assert acts and codes(acts[-1]["source"]) == ["REB"]


_ADJECTIVE = ("Kiew – Die Behörden vermuten ukrainische Extremisten hinter der Serie. In Odessa ist am Sonntag "
              "eine Bombe vor einem Bahnhof explodiert.")


def test_a_group_named_by_its_countrys_adjective_counts(analyse_text):
    acts = of_type(analyse_text(_ADJECTIVE), "ASSAULT")
    assert acts and codes(acts[-1]["source"]) == ["UKRREB"]


def test_a_named_transnational_group_leaves_the_adjective_group_out(analyse_text):
    acts = of_type(analyse_text(_ADJECTIVE.replace("Extremisten", "Extremisten oder den IS")), "ASSAULT")
    assert acts and codes(acts[-1]["source"]) == ["REB"]


def _mention(code, actor_id, country):
    return Mention(start=0, end=1, name="x", code=code, country=country, kind="entity", actor_id=actor_id)


def test_a_group_named_by_a_towns_compound_counts_like_an_adjective():
    # "ein späterer Brüssel-Attentäter" (BELREB by the town) names the attackers' town, not a group: when the
    # article also names the IS, the attack may be the IS's, and no country is given
    town_group = _mention("BELREB", "plc:BEL:bruessel", "BEL")
    assert extract._armed_group([town_group]) is town_group
    assert extract._armed_group([town_group, _mention("IMGMUSISI", "org:islamischer-staat", None)]) is None
