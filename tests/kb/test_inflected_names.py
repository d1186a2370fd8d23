"""An organisation is found in whatever case the sentence puts it: the KB lists one or two forms
of a name that opens with adjectives, the lookup knows them all."""

from __future__ import annotations

import pytest

from lagebild.kb.loader import inflected_names


@pytest.mark.parametrize("listed, form", [
    ("Europäisches Parlament", "Europäische Parlament"),      # "das Europäische Parlament"
    ("Europäisches Parlament", "Europäischen Parlament"),     # "vom Europäischen Parlament"
    ("Internationaler Strafgerichtshof", "Internationale Strafgerichtshof"),
    ("Islamischer Staat", "Islamischen Staat"),
    ("Kommunistische Partei Chinas", "Kommunistischen Partei Chinas"),
])
def test_declined_forms_are_generated(listed, form):
    assert form in inflected_names(listed)


@pytest.mark.parametrize("name", ["Weißes Haus", "Nato", "Human Rights Watch", "Bank of England"])
def test_names_without_opening_adjective_give_nothing(name):
    assert inflected_names(name) == ()


@pytest.mark.parametrize("text, code", [
    ("Europäische Parlament", "IGOEUREEC"),
    ("Internationale Strafgerichtshof", "IGOICC"),
    ("Afrikanische Union", "IGOAFRAFU"),
])
def test_declined_organisation_resolves(kb, text, code):
    assert kb.resolve(text, "ORG", "2020-01-01").actor["actor_code"] == code


@pytest.mark.parametrize("text, code", [
    ("Europäischen Parlament der Sacharow-Preis", "IGOEUREEC"),
    ("Internationalen Währungsfonds die Auszahlung", "IGOUNOIMF"),
])
def test_span_running_into_the_next_phrase_resolves_to_its_organisation(kb, text, code):
    # the recogniser ran on past the name ("vom Europäischen Parlament der Sacharow-Preis verliehen")
    assert kb.resolve(text, "ORG", "2008-10-27").actor["actor_code"] == code


@pytest.mark.parametrize("text", ["Kommission der Afrikanischen Union", "Partei der Arbeit"])
def test_single_word_before_an_article_is_not_taken_for_an_organisation(kb, text):
    r = kb.resolve(text, "ORG", "2008-10-27")
    assert r is None or r.actor["actor_code"] != "IGOEUREEC"
