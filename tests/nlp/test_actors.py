"""``lb_actors``: entities to actors at the article date, and roles learned from appositions."""

import re

import pytest
from spacy.util import filter_spans

from lagebild.nlp.actors import ActorLinker


@pytest.fixture(scope="module")
def linker():
    return ActorLinker()


def run(nlp, linker, text, ents, date="2022-03"):
    doc = nlp.make_doc(text)
    doc._.dct = date
    doc = nlp(doc)
    spans = [doc.char_span(m.start(), m.end(), label=label)
             for word, label in ents for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]
    doc.ents = filter_spans([s for s in spans if s is not None])
    return linker(doc)


@pytest.mark.parametrize("text,ent,label,code", [
    ("Maduros Regierung wies das zurück.", "Maduros", "PER", "VENGOV"),
    ("Die Isolation Russlands schreitet voran.", "Russlands", "LOC", "RUS"),
    ("Die russischen Truppen rückten vor.", "russischen", "MISC", "RUS"),
    ("Ranghohe Vertreter der US-Regierung reisten an.", "US-Regierung", "ORG", "USAGOV"),
    ("Das Weiße Haus äußerte sich nicht.", "Weiße Haus", "ORG", "USAGOV"),
    ("Der Kreml wies das zurück.", "Kreml", "ORG", "RUSGOV"),
    ("Moskau wies die Vorwürfe zurück.", "Moskau", "LOC", "RUSGOV"),
    ("Die Delegation landete in Moskau.", "Moskau", "LOC", "RUS"),
    ("Das Treffen fand in Caracas statt.", "Caracas", "LOC", "VEN"),
    ("Washington verhängte neue Sanktionen.", "Washington", "LOC", "USAGOV"),
])
def test_entity_gets_actor_code(blank_nlp, linker, text, ent, label, code):
    doc = run(blank_nlp, linker, text, [(ent, label)])
    assert doc.ents[0]._.actor["actor_code"] == code


def test_unknown_person_gets_local_actor(blank_nlp, linker):
    doc = run(blank_nlp, linker, "Erika Beispiel kritisierte den Plan.", [("Erika Beispiel", "PER")])
    assert doc.ents[0]._.actor["actor_id"] == "per:erika-beispiel"


def test_unknown_organisation_has_no_actor(blank_nlp, linker):
    doc = run(blank_nlp, linker, "Die Firma Beispielwerke meldete Gewinne.", [("Beispielwerke", "ORG")])
    assert doc.ents[0]._.actor is None


def test_learned_role_gives_unknown_person_a_code(blank_nlp, linker):
    doc = run(blank_nlp, linker, "Kremlsprecher Pjotr Beispielow wies das zurück.", [("Pjotr Beispielow", "PER")])
    assert doc.ents[0]._.actor["actor_code"] == "RUSGOV"
    assert doc._.learned_roles[0]["evidence"] == "Kremlsprecher Pjotr Beispielow"


def test_learned_role_keeps_provenance(blank_nlp, linker):
    text = "Die Sprecherin des Weißen Hauses, Jen Psaki, sagte am Montag nichts."
    doc = run(blank_nlp, linker, text, [("Jen Psaki", "PER"), ("Weißen Hauses", "ORG")])
    role = doc._.learned_roles[0]
    assert (role["actor_id"], role["actor_code"], role["start"]) == ("per:jen-psaki", "USAGOV", "2022-03")
    assert text[role["start_char"]:role["end_char"]] == "Sprecherin des Weißen Hauses, Jen Psaki"


def test_president_before_his_term_has_no_government_code(blank_nlp, linker):
    doc = run(blank_nlp, linker, "Wolodymyr Selenskyj trat als Komiker auf.", [("Wolodymyr Selenskyj", "PER")],
              date="2017")
    assert doc.ents[0]._.actor["actor_code"] == "UKR"


def test_failure_keeps_article(blank_nlp):
    class Broken:
        def resolve(self, *a, **k):
            raise RuntimeError("boom")
    doc = run(blank_nlp, ActorLinker(Broken()), "Maduro sprach.", [("Maduro", "PER")])
    assert doc.ents[0]._.actor is None and doc._.learned_roles == []


@pytest.mark.parametrize("text,ent,date,actor_id", [
    ("Schmidt kritisierte den Plan.", "Schmidt", "2010-05", "per:schmidt"),   # out of office: not the KB's Schmidt
    ("Scholz kritisierte den Plan.", "Scholz", "2022-05", "per:olaf-scholz"),  # in office: the chancellor
])
def test_bare_surname_names_kb_person_only_in_office(blank_nlp, linker, text, ent, date, actor_id):
    doc = run(blank_nlp, linker, text, [(ent, "PER")], date=date)
    assert doc.ents[0]._.actor["actor_id"] == actor_id


@pytest.mark.parametrize("text,name,code", [
    ("Bundeskanzlerin Erika Beispiel reiste ab.", "Erika Beispiel", "DEUGOV"),
    ("Der US-amerikanische Außenminister Karl Probe reiste ab.", "Karl Probe", "USAGOV"),
    ("Hisbollah-Chef Karl Probe drohte.", "Karl Probe", "LBNREB"),
    ("Der SPD-Vorsitzende Karl Probe widersprach.", "Karl Probe", "DEUPTY"),
])
def test_role_compounds_give_codes(blank_nlp, linker, text, name, code):
    doc = run(blank_nlp, linker, text, [(name, "PER")])
    assert doc._.learned_roles[0]["actor_code"] == code


def test_future_office_teaches_no_role(blank_nlp, linker):
    doc = run(blank_nlp, linker, "Die spätere Außenministerin Erika Beispiel sprach.", [("Erika Beispiel", "PER")])
    assert doc._.learned_roles == []


def test_malformed_date_counts_as_no_date(blank_nlp, linker):
    doc = run(blank_nlp, linker, "Jen Psaki sprach.", [("Jen Psaki", "PER")], date="März 2022")
    assert doc.ents[0]._.actor["actor_id"] == "per:jen-psaki"


def test_misc_entity_is_never_a_place(blank_nlp, linker):
    doc = run(blank_nlp, linker, "Der Preis für die Ölsorte Brent stieg.", [("Brent", "MISC")])
    assert doc.ents[0]._.actor is None


def test_role_learned_when_recogniser_left_out_the_first_name(blank_nlp, linker):
    text = "Die Sprecherin des Weißen Hauses, Jen Psaki, bestätigte das."
    doc = run(blank_nlp, linker, text, [("Psaki", "PER")])
    role = doc._.learned_roles[0]
    assert (role["actor_code"], text[role["start_char"]:role["end_char"]]) == \
        ("USAGOV", "Sprecherin des Weißen Hauses, Jen Psaki")
