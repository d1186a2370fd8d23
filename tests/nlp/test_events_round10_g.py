"""Tenth session, helper G: actors of events the text names only in part. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


# --- an unnamed police or court acts where the clause places the arrest, not where the arrested
# person comes from
@pytest.mark.parametrize("text,source", [
    ("Der kongolesische Oppositionspolitiker wurde am Samstag in Belgien festgenommen.", "BELCOP"),
    ("Ein russischer Geschäftsmann ist in Spanien verhaftet worden.", "ESPCOP"),
    ("Der nigerianische Ex-Minister soll in Frankreich einem Haftrichter vorgeführt werden.", "FRACOP"),
])
def test_arrest_placed_in_a_country_is_that_countrys(analyse_text, text, source):
    evs = of_type(analyse_text(text), "COERCE")
    assert evs and actor_codes(evs[0]["source"]) == [source]


def test_arrested_person_keeps_own_country(analyse_text):
    evs = of_type(analyse_text("Ein russischer Geschäftsmann ist in Spanien verhaftet worden."), "COERCE")
    assert evs and actor_codes(evs[0]["target"]) == ["RUS"]


def test_invasion_in_a_country_is_not_its_own(analyse_text):
    # armies cross borders: the country an invasion is "in" is its target, not its doer
    text = ("Der irakische Präsident muss sich vor Gericht verantworten. "
            "Auch die Invasion in Kuwait im Jahr 1990 wird Gegenstand des Prozesses sein.")
    evs = of_type(analyse_text(text), "ASSAULT")
    assert evs and not any(c.startswith("KWT") for c in actor_codes(evs[0]["source"]))


# --- two act verbs sharing a subject: each keeps the objects of its own conjunct
@pytest.mark.parametrize("text,first,first_target,second,second_target", [
    ("Der Außenminister lobte den Beschluss der Nato und kritisierte Russland scharf.",
     "SUPPORT", ["IGOWSTNAT"], "DISAPPROVE", ["RUS"]),
    ("Der Präsident begrüßte die Entscheidung der Vereinten Nationen und forderte den Iran zum Einlenken auf.",
     "SUPPORT", ["IGOUNO"], "DEMAND", ["IRN"]),
    ("Die polnische Regierung, die die Europäische Union kritisierte und Russland zum Abzug seiner Truppen "
     "aufforderte, blieb bei ihrer Haltung.", "DISAPPROVE", ["IGOEUREEC"], "DEMAND", ["RUS"]),
])
def test_coordinated_verbs_keep_their_own_objects(analyse_text, text, first, first_target, second, second_target):
    evs = analyse_text(text)
    one, two = of_type(evs, first), of_type(evs, second)
    assert one and actor_codes(one[0]["target"]) == first_target
    assert two and actor_codes(two[0]["target"]) == second_target


def test_object_before_both_participles_is_shared(analyse_text):
    evs = of_type(analyse_text("Die Polizei hat den russischen Journalisten festgenommen und verhört."), "COERCE")
    assert len(evs) == 2 and all(actor_codes(e["target"]) == ["RUSMED"] for e in evs)


# --- "von Seiten X" names the doer of a passive act, as "seitens X" does: X is no target
@pytest.mark.parametrize("text,type_,source,target", [
    ("Von Seiten militanter Palästinenser wurde weiterhin israelisches Territorium beschossen.",
     "ASSAULT", "PSE", ["ISR"]),
    ("Von Seiten der ukrainischen Opposition wurde der russischen Regierung Wahlbetrug vorgeworfen.",
     "DISAPPROVE", "UKROPP", ["RUSGOV"]),
])
def test_von_seiten_is_the_agent(analyse_text, text, type_, source, target):
    evs = of_type(analyse_text(text), type_)
    assert evs and [c[:len(source)] for c in actor_codes(evs[0]["source"])] == [source]
    assert actor_codes(evs[0]["target"]) == target
