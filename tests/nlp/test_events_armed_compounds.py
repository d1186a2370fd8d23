"""An armed group's name before a hyphen and a noun of its fighters ("IS-Kämpfer", "PKK-Anhänger")
is the group, also where the NER tagged the compound as a name of its own ("Hisbollah-Kämpfer"); and
a doer guessed from the context for a clause whose subject is "er" is no party named in the plural.
Twenty-second session, helper F4 (the source side of events whose type is right). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract, mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Kairo – IS-Kämpfer töteten drei Polizisten.", "ASSAULT", ["IMGMUSISI"]),
    ("Bagdad – IS-Anhänger töteten drei Polizisten.", "ASSAULT", ["IMGMUSISI"]),
    ("Gaza – Hamas-Kämpfer feuerten Raketen auf Israel.", "ASSAULT", ["PSEREB"]),
])
def test_a_fighter_compound_is_its_armed_group(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


def test_a_fighter_compound_as_the_object_is_the_group(analyse_text):
    acts = of_type(analyse_text("Ankara – Die Polizei nahm zwei PKK-Anhänger fest."), "COERCE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == ["TURREB"]


def test_a_party_compound_stays_the_party(analyse_text):
    acts = of_type(analyse_text("Berlin – SPD-Politiker kritisierten die Regierung."), "DISAPPROVE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["DEUPTY"]


def test_without_the_rule_the_fighters_are_generic_rebels(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "ARMED_COMPOUNDS", False)
    acts = of_type(analyse_text("Kairo – IS-Kämpfer töteten drei Polizisten."), "ASSAULT")
    assert acts and actor_codes(acts[0]["source"]) != ["IMGMUSISI"]


# the shipped weights tag "Hisbollah-Kämpfer" of the first sentence as a place; the weights trained on
# the own sentences (ship7-s1) tag neither sentence's compound the same way, but both tag it in the
# second (as a place)
_TAGGED = "Bewaffnete Hisbollah-Kämpfer griffen israelische Soldaten an."


@pytest.mark.parametrize("text", ["Beirut – Hisbollah-Kämpfer griffen israelische Soldaten an.", _TAGGED])
def test_a_compound_the_ner_tagged_is_the_group(analyse_text, text):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (["LBNREB"], ["ISRMIL"])


def test_without_the_tagged_rule_the_soldiers_become_the_source(analyse_text, monkeypatch):
    # Twenty-third session: the sentence was "Beirut – Hisbollah-Kämpfer griffen israelische Soldaten an."
    # (with the rule off the soldiers became the source); the candidate weights (ship7-s1) leave that
    # compound untagged, so ARMED_COMPOUNDS finds the group and the rule showed nothing. Both weights
    # tag the compound of this sentence (written for this test) as a place: with the rule off the
    # group is no actor and the source is the generic "Bewaffnete", Israel's rebels (ISRREB), not
    # Hisbollah; with it on LBNREB (test_a_compound_the_ner_tagged_is_the_group)
    monkeypatch.setattr(mentions, "TAGGED_COMPOUNDS", False)
    acts = of_type(analyse_text(_TAGGED), "ASSAULT")
    assert acts and actor_codes(acts[0]["source"]) != ["LBNREB"]


_VISIT = ("Der türkische Regierungschef drohte den YPG-Kämpfern mit Luftschlägen. "
          "Er betonte bei einem Besuch in Kiew, die Türkei setze keine Truppen ein.")


def test_er_is_not_the_group_named_in_the_plural(analyse_text):
    acts = of_type(analyse_text(_VISIT), "CONSULT")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == ["TURGOV"]


def test_without_the_number_rule_the_visitor_is_the_plural_group(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SINGULAR_PRONOUN_GUESS", False)
    acts = of_type(analyse_text(_VISIT), "CONSULT")
    assert acts and actor_codes(acts[0]["source"]) == ["SYRREB"]
