"""lb_entities' KB place rule (lagebild.nlp.entities.KB_PLACE_NOT_PERSON): a span the model tags
PER whose whole text is a place of the KB and no person of the KB becomes LOC, unless the text
shows a person. The model's spans are set by hand, so each test fails when its rule is gone
whatever the recogniser does. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span


def _cleaned(ner_nlp, text, spans):
    """lb_entities' clean-up on ``text`` with model spans given as (first word, words, label);
    a word that occurs twice is found after the previous span."""
    doc = ner_nlp.make_doc(text)
    words = [t.text for t in doc]
    ents, after = [], 0
    for w, n, lab in spans:
        i = words.index(w, after)
        ents.append(Span(doc, i, i + n, label=lab))
        after = i + n
    doc.ents = ents
    return [(e.text, e.label_) for e in ner_nlp.get_pipe("lb_entities")._clean(doc).ents]


@pytest.mark.parametrize("text,spans,expected", [
    ("Die Polizei von Cleveland sucht seit Sonntag nach zwei Männern",
     [("Cleveland", 1, "PER")], ("Cleveland", "LOC")),
    ("Nach dem Hurrikan blieben in Houston viele Schulen geschlossen",
     [("Houston", 1, "PER")], ("Houston", "LOC")),
    ("Der Bürgermeister von Tacoma kündigte neue Radwege an",
     [("Tacoma", 1, "PER")], ("Tacoma", "LOC")),
])
def test_city_of_the_kb_tagged_as_person_is_a_place(ner_nlp, text, spans, expected):
    assert _cleaned(ner_nlp, text, spans) == [expected]


@pytest.mark.parametrize("text,spans,expected", [
    ("Die Messe in Mailand zog mehr Besucher an als erwartet",
     [("Mailand", 1, "PER")], ("Mailand", "LOC")),
    ("Die Feuerwehr in New Orleans rückte zu dem Lagerhaus aus",
     [("New", 2, "PER")], ("New Orleans", "LOC")),
])
def test_german_and_multi_word_city_names_count_as_places(ner_nlp, text, spans, expected):
    assert _cleaned(ner_nlp, text, spans) == [expected]


def test_country_name_tagged_as_person_is_a_place(ner_nlp):
    assert _cleaned(ner_nlp, "Die Hilfsgüter sollen bis Freitag Kolumbien erreichen",
                    [("Kolumbien", 1, "PER")]) == [("Kolumbien", "LOC")]


@pytest.mark.parametrize("text,spans,expected", [
    ("Bolton warnte am Dienstag vor neuen Zöllen", [("Bolton", 1, "PER")], ("Bolton", "PER")),
    ("Garland ließ die Akten prüfen", [("Garland", 1, "PER")], ("Garland", "PER")),
])
def test_person_of_the_kb_named_like_a_city_stays_a_person(ner_nlp, text, spans, expected):
    assert _cleaned(ner_nlp, text, spans) == [expected]


@pytest.mark.parametrize("text,spans,expected", [
    ("Charlotte gewann das Finale in drei Sätzen", [("Charlotte", 1, "PER")],
     ("Charlotte", "PER")),
    ("Stanley erzählte den Reportern von seiner Reise", [("Stanley", 1, "PER")],
     ("Stanley", "PER")),
])
def test_first_name_named_like_a_city_stays_a_person(ner_nlp, text, spans, expected):
    assert _cleaned(ner_nlp, text, spans) == [expected]


@pytest.mark.parametrize("text,spans,expected", [
    ("Bürgermeister Lincoln eröffnete die neue Brücke", [("Lincoln", 1, "PER")],
     ("Lincoln", "PER")),
    ("Trainer Houston wechselte in der Pause zweimal aus", [("Houston", 1, "PER")],
     ("Houston", "PER")),
])
def test_name_after_a_role_stays_a_person(ner_nlp, text, spans, expected):
    assert expected in _cleaned(ner_nlp, text, spans)


@pytest.mark.parametrize("text,spans,expected", [
    ("Auf der Bühne standen Sydney , Jonas Keller und Mia Brandt",
     [("Sydney", 1, "PER"), ("Jonas", 2, "PER"), ("Mia", 2, "PER")], ("Sydney", "PER")),
    ("Geehrt wurden Mia Brandt und Kingston für ihre Hilfe",
     [("Mia", 2, "PER"), ("Kingston", 1, "PER")], ("Kingston", "PER")),
    ("Zum Team gehören Houston und Frau Lembke aus dem Vorstand",
     [("Houston", 1, "PER"), ("Lembke", 1, "PER")], ("Houston", "PER")),
])
def test_name_listed_with_a_person_stays_a_person(ner_nlp, text, spans, expected):
    assert expected in _cleaned(ner_nlp, text, spans)


@pytest.mark.parametrize("text,spans,expected", [
    ("Der Zeichner Kenta Miyazaki stellte sein neues Buch vor", [("Miyazaki", 1, "PER")],
     ("Miyazaki", "PER")),
    ("Am Abend las Imani Houston aus ihrem Roman", [("Houston", 1, "PER")],
     ("Houston", "PER")),
])
def test_name_after_a_rare_capitalised_word_stays_a_person(ner_nlp, text, spans, expected):
    assert _cleaned(ner_nlp, text, spans) == [expected]


def test_list_of_places_all_tagged_as_persons_become_places(ner_nlp):
    assert _cleaned(ner_nlp, "Betroffen sind Houston und Tacoma",
                    [("Houston", 1, "PER"), ("Tacoma", 1, "PER")]) == \
        [("Houston", "LOC"), ("Tacoma", "LOC")]


def test_surname_of_a_person_named_in_the_document_stays_a_person(ner_nlp):
    text = "Die Sängerin Jenny Lincoln trat zweimal auf . Danach sagte Lincoln , sie sei müde"
    assert _cleaned(ner_nlp, text, [("Jenny", 2, "PER"), ("Lincoln", 1, "PER")])[-1] == \
        ("Lincoln", "PER")


def test_place_inside_a_longer_person_name_is_untouched(ner_nlp):
    assert _cleaned(ner_nlp, "Der Verteidiger Marco Houston foulte zweimal",
                    [("Marco", 2, "PER")]) == [("Marco Houston", "PER")]


def test_rule_off_keeps_the_model_label(ner_nlp, monkeypatch):
    import lagebild.nlp.entities as entities
    monkeypatch.setattr(entities, "KB_PLACE_NOT_PERSON", False)
    assert _cleaned(ner_nlp, "Die Polizei von Cleveland sucht seit Sonntag nach zwei Männern",
                    [("Cleveland", 1, "PER")]) == [("Cleveland", "PER")]


@pytest.mark.parametrize("name,known", [
    ("Cleveland", True),    # places.tsv
    ("Mailand", True),      # cities_de.tsv (German name of Milano)
    ("Kolumbien", True),    # country name
    ("Bolton", False),      # a person of the KB
    ("Charlotte", False),   # a first name of the KB
])
def test_place_names_come_from_the_kb_without_persons(name, known):
    from lagebild.nlp.entities import _kb_place_names
    assert (name in _kb_place_names()) is known


@pytest.mark.parametrize("text,spans,expected", [
    ("Der Gouverneur von Missouri rief den Notstand aus", [("von", 2, "PER")], ("Missouri", "LOC")),
    ("Die Polizei von Cleveland nahm zwei Männer fest", [("von", 2, "PER")], ("Cleveland", "LOC")),
])
def test_von_and_a_place_of_the_kb_tagged_as_person_is_the_place(ner_nlp, text, spans, expected):
    assert _cleaned(ner_nlp, text, spans) == [expected]


def test_von_and_a_place_after_a_title_stays_a_person(ner_nlp):
    spans = [("von", 2, "PER")]
    # (the given name before it joins the person, as the first-name rule does)
    assert _cleaned(ner_nlp, "Prinz Max von Baden sprach im Reichstag", spans) == [("Max von Baden", "PER")]


def test_without_the_rule_von_and_the_place_stay_a_person(ner_nlp, monkeypatch):
    from lagebild.nlp import entities
    monkeypatch.setattr(entities, "KB_PLACE_AFTER_VON", False)
    text = "Der Gouverneur von Missouri rief den Notstand aus"
    assert _cleaned(ner_nlp, text, [("von", 2, "PER")]) == [("von Missouri", "PER")]


@pytest.mark.parametrize("text, word", [
    ("In der Ostukraine kämpfen Regierungstruppen gegen Separatisten", "Ostukraine"),
    ("Die Lage des Nordiraks bleibt angespannt", "Nordiraks"),
    ("Aus Südlibanon wurden Raketen abgefeuert", "Südlibanon"),
])
def test_an_untagged_compass_part_of_a_country_is_a_place(ner_nlp, text, word):
    assert (word, "LOC") in _cleaned(ner_nlp, text, [])


@pytest.mark.parametrize("text", ["Die Ostsee ist kalt", "Der Nordwind wehte stark", "Die Westafrikaner reisten ab"])
def test_other_compass_words_stay_untagged(ner_nlp, text):
    assert not [e for e in _cleaned(ner_nlp, text, []) if e[1] == "LOC"]


def test_without_the_rule_the_compound_stays_untagged(ner_nlp, monkeypatch):
    from lagebild.nlp import entities
    monkeypatch.setattr(entities, "DIRECTIONAL_PLACES", False)
    assert ("Ostukraine", "LOC") not in _cleaned(ner_nlp, "In der Ostukraine kämpfen Regierungstruppen", [])
