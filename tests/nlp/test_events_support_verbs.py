"""Support verbs (Funktionsverbgefüge): the subject of "verübte einen Anschlag", "unternahm einen
Angriff", "richtete eine Flugverbotszone ein" is the act's doer, and each act noun a support verb
carries is an act of its own. Eleventh session; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def _codes(side):
    return sorted(a.get("actor_code") or a.get("name") or "-" for a in side)


@pytest.mark.parametrize("text,type_,doer", [
    ("Die Armee unternahm einen Angriff auf die Stadt.", "ASSAULT", "MIL"),
    ("Die Opposition organisierte eine Großdemonstration gegen die Regierung.", "PROTEST", "OPP"),
    ("Die Nato richtete über Libyen eine Flugverbotszone ein.", "COERCE", "IGOWSTNAT"),
    ("Die Gewerkschaft verdi rief einen Streik aus.", "PROTEST", "LAB"),
    ("Die Soldaten wendeten Gewalt gegen die Demonstranten an.", "ASSAULT", "MIL"),
    ("Die Europäische Union beschloss, ein Waffenembargo gegen Russland einzuführen.", "SANCTION", "IGOEUREEC"),
    ("Studenten veranstalteten eine Protestkundgebung vor dem Parlament.", "PROTEST", "EDU"),
    ("Die Regierung machte der Opposition Zugeständnisse.", "CONCEDE", "GOV"),
    ("Die Europäische Union machte Serbien ein Angebot.", "AGREE", "IGOEUREEC"),
])
def test_the_support_verbs_subject_does_the_act(analyse_text, text, type_, doer):
    evs = of_type(analyse_text(text), type_)
    assert evs and doer in _codes(evs[0]["source"])


@pytest.mark.parametrize("text,types", [
    ("Die Armee führte Angriffe und Festnahmen durch.", ["ASSAULT", "COERCE"]),
    ("Die Regierung verhängte eine Ausgangssperre und ein Versammlungsverbot.", ["COERCE", "COERCE"]),
    ("Die Rebellen sollen in dem Dorf Folterungen und Vergewaltigungen begangen haben.", ["ASSAULT", "ASSAULT"]),
])
def test_each_carried_act_noun_is_an_act(analyse_text, text, types):
    got = sorted(e["type"] for e in analyse_text(text) if e["type"] in types)
    assert got == sorted(types)


def test_two_names_of_one_act_are_one_act(analyse_text):
    evs = analyse_text("In mehreren Städten wurden Kundgebungen und Demonstrationen abgehalten.")
    assert len(of_type(evs, "PROTEST")) == 1


# a threat or refusal with no target of its own is aimed at the target of the act it names
@pytest.mark.parametrize("text,type_,target", [
    ("Russland drohte, die Gaslieferungen an die Ukraine einzustellen.", "THREATEN", "UKR"),
    ("Die Regierung weigerte sich, mit den Rebellen zu verhandeln.", "REJECT", "REB"),
    ("Serbien lehnte es ab, die Grenze zum Kosovo zu öffnen.", "REJECT", "XKX"),
])
def test_intent_is_aimed_at_the_target_of_the_named_act(analyse_text, text, type_, target):
    evs = of_type(analyse_text(text), type_)
    assert evs and any(target in c for c in _codes(evs[0]["target"]))


# refusing an act: the act of the infinitive after "lehnte es ab" does not happen
@pytest.mark.parametrize("text,type_", [
    ("Serbien lehnte es ab, die Grenze zum Kosovo zu öffnen.", "CONCEDE"),
    ("Die Regierung hat es abgelehnt, die Gefangenen freizulassen.", "RETREAT"),
    ("Die Türkei lehnte ab, mit Zypern zu verhandeln.", "CONSULT"),
])
def test_a_refused_act_is_negated(analyse_text, text, type_):
    evs = of_type(analyse_text(text), type_)
    assert evs and all(e["negated"] for e in evs)


# political verbs of the UP German verb list the lexicon lacked
@pytest.mark.parametrize("text,type_", [
    ("Die Armee bekämpft die Rebellen im Norden des Landes.", "ASSAULT"),
    ("Die Regierungstruppen besiegten die Aufständischen.", "ASSAULT"),
    ("Die Demonstranten zwangen den Präsidenten zum Rücktritt.", "COERCE"),
    ("Die Regierung verfolgt Oppositionelle und Journalisten.", "COERCE"),
])
def test_political_verbs_get_their_type(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


@pytest.mark.parametrize("text", [
    "Die Regierung bekämpft die Korruption.",
    "Die Depressionen zwangen ihn, sein Studium zu unterbrechen.",
    "Die Zeitung verfolgt die Debatte seit Wochen.",
])
def test_their_other_senses_are_no_event(analyse_text, text):
    assert not [e for e in analyse_text(text) if e["type"] in ("ASSAULT", "COERCE")]


def test_refusing_a_hostile_act_is_aimed_at_no_one(analyse_text):
    evs = of_type(analyse_text("China weigerte sich, den Angriff Russlands zu verurteilen."), "REJECT")
    assert evs and not evs[0]["target"]


# a demanded act has not happened: it has no date unless the text gives it one
@pytest.mark.parametrize("text,type_", [
    ("Die Opposition forderte den Rücktritt des Innenministers.", "RETREAT"),
    ("Die EU forderte Belarus auf, die Gefangenen freizulassen.", "RETREAT"),
])
def test_a_demanded_act_without_a_stated_time_has_no_date(analyse_text, text, type_):
    evs = of_type(analyse_text(text), type_)
    assert evs and evs[0]["modality"] == "demanded" and evs[0]["date"] is None


def test_a_reported_act_keeps_the_article_date(analyse_text):
    evs = of_type(analyse_text("Die Polizei nahm in Minsk drei Journalisten fest."), "COERCE")
    assert evs and evs[0]["date"] == "2011-01-14"


# breaking a ceasefire is fighting again; breaking a treaty reneges on it
@pytest.mark.parametrize("text,type_", [
    ("Die Hamas hat den Waffenstillstand gebrochen.", "ASSAULT"),
    ("Nordkorea hat das Abkommen mit den USA gebrochen.", "REJECT"),
])
def test_breaking_an_agreement(analyse_text, text, type_):
    evs = analyse_text(text)
    assert of_type(evs, type_) and not [e for e in evs if e["type"] == "AGREE" and "Waffenstillstand" in text]


# the accused, not the accuser, did the act an accusation's infinitive names
@pytest.mark.parametrize("text,doer", [
    ("Israel warf der Hamas vor, Raketen auf Sderot abgefeuert zu haben.", "PSEREB"),
    ("Die Regierung warf den Rebellen vor, Zivilisten getötet zu haben.", "REB"),
])
def test_the_accused_did_the_alleged_act(analyse_text, text, doer):
    evs = of_type(analyse_text(text), "ASSAULT")
    assert evs and _codes(evs[0]["source"]) == [doer]


@pytest.mark.parametrize("text", [
    "Wer nicht zur Arbeit erscheint, macht sich der Befehlsverweigerung schuldig.",
    "Die Regierung machte die Rebellen für den Anschlag verantwortlich.",
])
def test_machen_in_its_idioms_carries_no_act(analyse_text, text):
    assert not [e for e in analyse_text(text) if e["trigger"]["text"].startswith("mach")
                and e["type"] not in ("DISAPPROVE",)]


@pytest.mark.parametrize("text", [
    "Die beiden Regierungen trafen in Genf eine Vereinbarung über den Austausch von Gefangenen.",
    "Russland und die Ukraine haben eine Übereinkunft getroffen.",
])
def test_an_agreement_made_is_no_meeting(analyse_text, text):
    # "eine Vereinbarung treffen" is making an agreement, not meeting someone (thirteenth session)
    types = [e["type"] for e in analyse_text(text)]
    assert "AGREE" in types and "CONSULT" not in types
