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
