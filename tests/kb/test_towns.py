"""The long list of towns (``towns.tsv``, GeoNames cities15000): a span tagged as a place that the
curated KB does not know is looked up there, and only then."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, iso3", [
    ("Erigabo", "SOM"),           # a town of 34,000 in Somaliland, under its old spelling
    ("Mogadischu", "SOM"),        # the German exonym of a capital
    ("Guatemala-Stadt", "GTM"),
    ("Falludscha", "IRQ"),
    ("Bengasi", "LBY"),
    ("Erigabos", "SOM"),          # genitive
])
def test_a_place_span_the_kb_lacks_is_found_among_the_towns(kb, name, iso3):
    assert kb.resolve(name, "LOC", "2010-05-01").actor["country"] == iso3


@pytest.mark.parametrize("label", ["PER", "ORG", "MISC"])
def test_the_towns_are_read_only_for_place_spans(kb, label):
    assert kb.resolve("Erigabo", label, "2010-05-01") is None


@pytest.mark.parametrize("word", ["Norden", "Lage", "Wetter", "Hof"])
def test_a_small_town_named_like_a_common_word_is_not_in_the_list(kb, word):
    assert kb.resolve(word, "LOC", "2010-05-01") is None


@pytest.mark.parametrize("name, actor_id", [
    ("Berlin", "plc:DEU:berlin"),
    ("London", "plc:GBR:london"),  # the capital, not London, Ontario
])
def test_the_curated_places_come_before_the_towns(kb, name, actor_id):
    assert kb.resolve(name, "LOC", "2010-05-01").actor["actor_id"] == actor_id


def test_of_several_towns_of_one_name_the_largest_is_taken(kb):
    # Medina: Saudi Arabia's holy city (1.3 million) before the towns in Iraq, Morocco, the US
    assert kb.resolve("Medina", "LOC", "2010-05-01").actor["country"] == "SAU"


@pytest.mark.parametrize("sentence, surname", [
    ("An dem Treffen nahmen Personalvorstand Tessen von Heydebreck und der Betriebsrat teil.", "Heydebreck"),
    ("Die Klage von Anwalt Joachim von Kandrzin wurde abgewiesen.", "Kandrzin"),
])
def test_a_town_name_after_a_name_and_von_is_a_surname(kb, blank_nlp, make_doc, sentence, surname):
    from lagebild.nlp.actors import ActorLinker
    doc = make_doc(blank_nlp, sentence, [(surname, "LOC")])
    before = doc[doc.ents[0].start - 2]
    before.tag_ = "NE"  # (the tagger's tag for the first name; the blank pipeline has no tagger)
    doc = ActorLinker(kb)(doc)
    assert doc.ents[0]._.actor is None


def test_a_town_after_an_office_and_von_is_a_place(kb, blank_nlp, make_doc):
    from lagebild.nlp.actors import ActorLinker
    doc = make_doc(blank_nlp, "Der Bürgermeister von Erigabo bat um Hilfe.", [("Erigabo", "LOC")])
    doc[doc.ents[0].start - 2].tag_ = "NN"
    doc = ActorLinker(kb)(doc)
    assert doc.ents[0]._.actor["country"] == "SOM"


@pytest.mark.parametrize("form, iso3", [
    ("Moskauer", "RUS"),
    ("Pekinger", "CHN"),
    ("Londoner", "GBR"),   # London's, not London, Ontario's
    ("Münchner", "DEU"),   # -ner after a name in -en
    ("Kiewer", "UKR"),
])
def test_a_city_adjective_names_the_citys_country(kb, form, iso3):
    assert kb.resolve(form, "MISC", "2015-05-01").actor["actor_code"] == iso3


@pytest.mark.parametrize("form", ["Oberer", "Wasser", "Ober"])
def test_a_word_is_no_city_adjective(kb, form):
    assert kb.resolve(form, "MISC", "2015-05-01") is None


def _linked(blank_nlp, text, places):
    """``text`` with the given words tagged LOC, through lb_actors: {word: country}."""
    import re

    from spacy.util import filter_spans

    from lagebild.nlp.actors import ActorLinker
    d = blank_nlp.make_doc(text)
    d._.dct = "2016-03-01"
    spans = [d.char_span(m.start(), m.end(), label="LOC") for w in places
             for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text)]
    d.ents = filter_spans([s for s in spans if s is not None])
    d = ActorLinker()(d)
    return {e.text: (e._.actor or {}).get("country") for e in d.ents}


_WEST_BANK = "Nach dem Angriff in Hebron kam es auch südöstlich von Bethlehem zu Zusammenstößen."


def test_a_town_of_many_countries_is_the_one_the_article_names(blank_nlp):
    assert _linked(blank_nlp, _WEST_BANK, ["Hebron", "Bethlehem"])["Bethlehem"] == "PSE"


def test_without_context_the_largest_town_of_the_name_is_taken(blank_nlp, monkeypatch):
    from lagebild.nlp import actors
    monkeypatch.setattr(actors, "TOWN_CONTEXT", False)
    assert _linked(blank_nlp, _WEST_BANK, ["Hebron", "Bethlehem"])["Bethlehem"] != "PSE"
