"""An unresolved "es" or "sie" right after a subordinating conjunction is the subordinate clause's
subject (German puts pronouns first in the middle field) and, when it agrees in gender and number,
stands for the subject of the clause that governs it: "Russland warnte, dass es die Ukraine
angreifen werde" made Ukraine the attacker of Russian civilians, "Slowenien reagierte, dass es eine
Obergrenze erwägt" (gnad4) gave the cap to the police of the article's setting. A "dass es … gebe"
names no one, and a plural verb's "sie" no singular subject. Twenty-seventh session, helper e3.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_, source", [
    ("Russland warnte am Montag, dass es die Ukraine angreifen werde.", "ASSAULT", ["RUS"]),
    ("Frankreich kündigte an, dass es seine Soldaten aus Mali abziehen werde.", "CONCEDE", ["FRA"]),
    ("Ungarn erklärte am Dienstag, dass es die Grenze zu Serbien schließen werde.", "COERCE", ["HUN"]),
])
def test_es_after_the_conjunction_is_the_governing_subject(analyse_text, text, type_, source):
    acts = of_type(analyse_text(text), type_)
    assert acts and [c[:3] for c in codes(acts[0]["source"])] == source


def test_the_actor_after_the_pronoun_is_an_object(analyse_text):
    acts = of_type(analyse_text("Russland warnte am Montag, dass es die Ukraine angreifen werde."), "ASSAULT")
    assert acts and "UKR" in [c[:3] for c in codes(acts[0]["target"])]


def test_sie_after_die_is_the_governing_subject(analyse_text):
    acts = of_type(analyse_text("Die Regierung Kroatiens erklärte, dass sie die Grenze schließen werde."), "COERCE")
    assert acts and codes(acts[0]["source"]) == ["HRVGOV"]


def test_es_of_an_existence_verb_names_no_one(analyse_text):
    # "dass es Angriffe gegeben habe": the attacks are not Poland's own
    acts = of_type(analyse_text("Polen erklärte, dass es Angriffe auf die Ukraine gegeben habe."), "ASSAULT")
    assert acts and codes(acts[0]["source"]) != ["POL"]


def test_without_the_rule_the_object_attacks(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CONJUNCT_PRONOUN_SUBJECT", False)
    acts = of_type(analyse_text("Russland warnte am Montag, dass es die Ukraine angreifen werde."), "ASSAULT")
    assert acts and [c[:3] for c in codes(acts[0]["source"])] != ["RUS"]
