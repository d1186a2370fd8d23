"""Every EXAMPLE line of every KB data file runs as a test case."""

from __future__ import annotations

import pytest

from lagebild.kb.loader import examples


def _split(example: str, sep: str = "->") -> tuple[str, str]:
    left, right = example.split(sep, 1)
    return left.strip(), right.strip()


@pytest.mark.parametrize("example", examples("countries.tsv"))
def test_countries_examples(kb, example):
    word, iso3 = _split(example)
    assert kb.country_of(word) == iso3


@pytest.mark.parametrize("example", examples("organisations.tsv"))
def test_organisations_examples(kb, example):
    text, code = _split(example)
    assert kb.resolve(text, "ORG", None).actor["actor_code"] == code


@pytest.mark.parametrize("example", examples("actors.tsv"))
def test_actors_examples(kb, example):
    left, code = _split(example)
    name, date = (x.strip() for x in left.split("@"))
    assert kb.resolve(name, "PER", date).actor["actor_code"] == code


@pytest.mark.parametrize("example", examples("role_nouns.tsv"))
def test_role_nouns_examples(kb, example):
    word, expected = _split(example)
    sector, gender = expected.split()
    rn, _ = kb.role_noun(word)
    assert (rn.sector, rn.gender or "-") == (sector, gender)


@pytest.mark.parametrize("example", examples("sectors.tsv"))
def test_sectors_examples(kb, blank_nlp, make_doc, example):
    from lagebild.nlp.coref import Coref
    phrase, code = _split(example)
    doc = Coref(kb)(make_doc(blank_nlp, f"Das meldete die {phrase} am Montag.", []))
    assert [m._.actor["actor_code"] for m in doc.spans["mentions"]] == [code]


@pytest.mark.parametrize("example", examples("regions.tsv"))
def test_regions_examples(kb, example):
    adjective, iso3 = _split(example)
    assert kb.region_matches(adjective, iso3) is True


@pytest.mark.parametrize("example", examples("patterns.tsv"))
def test_patterns_examples(kb, blank_nlp, make_doc, example):
    from lagebild.kb.learn import learn_roles
    sentence, expected = _split(example, "=>")
    name, title, code = (x.strip() for x in expected.split("|"))
    doc = make_doc(blank_nlp, sentence, [(name, "PER")])
    roles = learn_roles(doc, "2022-03", kb)
    assert [(r["name"], r["role"], r["actor_code"] or "-") for r in roles] == [(name, title, code)]


@pytest.mark.parametrize("example", examples("coref.tsv"))
def test_coref_words_examples(example):
    from lagebild.nlp.coref import coref_words
    form, expected = _split(example)
    kind, gender = expected.split()
    words = coref_words()
    low = form.casefold()
    if kind == "pronoun":
        assert words.pronouns[low] == gender
    elif kind == "country_noun":
        assert low in words.country_nouns
    elif kind == "organisation_noun":
        assert low in words.organisation_nouns
    else:
        assert words.person_nouns[low] == gender


@pytest.mark.parametrize("example", examples("metonymy.tsv"))
def test_metonymy_examples(kb, blank_nlp, make_doc, example):
    from lagebild.nlp.actors import ActorLinker
    sentence, code = _split(example)
    city = next(w for w in ("Moskaus", "Moskau", "Caracas", "Washington", "Brüssel") if w in sentence)
    doc = ActorLinker(kb)(make_doc(blank_nlp, sentence, [(city, "LOC")]))
    assert doc.ents[0]._.actor["actor_code"] == code


@pytest.mark.parametrize("example", examples("cities_de.tsv"))
def test_cities_examples(kb, example):
    name, iso3 = _split(example)
    assert kb.resolve(name, "LOC", None).actor["country"] == iso3


@pytest.mark.parametrize("example", examples("country_geo.tsv"))
def test_country_geo_examples(kb, example):
    iso3, expected = _split(example)
    continent, capital = expected.split()
    assert (kb.countries[iso3].continent, kb.countries[iso3].capital) == (continent, capital)


@pytest.mark.parametrize("example", examples("places.tsv"))
def test_places_examples(kb, example):
    name, expected = _split(example)
    iso3, _ = expected.split()
    entry = next(e for e in kb.candidates(name) if e.kind == "place")
    assert entry.country == iso3 and entry.place.capital


@pytest.mark.parametrize("example", examples("first_names.tsv"))
def test_first_names_examples(example):
    from lagebild.nlp.coref import coref_words
    name, gender = _split(example)
    assert coref_words().first_names[name.casefold()] == gender


@pytest.mark.parametrize("example", examples("role_modifiers.tsv"))
def test_role_modifiers_examples(kb, blank_nlp, make_doc, example):
    from lagebild.kb.learn import learn_roles
    sentence, expected = _split(example, "=>")
    assert expected == "no role"
    name = next(n for n in ("Karl Probe", "Erika Beispiel") if n in sentence)
    assert learn_roles(make_doc(blank_nlp, sentence, [(name, "PER")]), "2022-03", kb) == []


@pytest.mark.parametrize("example", examples("towns.tsv"))
def test_towns_examples(kb, example):
    name, expected = _split(example)
    iso3, geoname = expected.split(" ", 1)
    actor = kb.resolve(name, "LOC", None).actor
    assert (actor["country"], actor["name"]) == (iso3, geoname)
