""""fassen" is an arrest (COERCE) only in its sense of catching someone: deciding ("Beschlüsse
gefasst", "einen Entschluss fassen"), summing up ("fasst … zusammen": "zusammen" is deliberately no
stray particle, so the simple verb was read), and "Mut/Vertrauen/Fuß fassen" arrest no one. The plural
"Beschlüsse" did not start with the light-verb line's "beschluss", so "170 Beschlüsse gefasst" was an
arrest by the police (gnad2, gnad6 and one uncoded article: 3 predictions removed, all wrong, none
right). Data line in triggers.tsv. Twenty-fifth session, helper e9. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

_EVERYDAY = [
    "Wien – Die Landesregierung hat seit dem Sommer rund achtzig Beschlüsse gefasst.",
    "Wien – Die Studie fasst man am besten so zusammen: Die Wähler sind müde.",
    "Wien – Der Verein fasste nach langer Debatte den Entschluss, den Vorsitz neu zu besetzen.",
    "Wien – Die Partei hat in der Steiermark nie richtig Fuß gefasst.",
]


@pytest.mark.parametrize("text", [
    "Wien – Die Polizei fasste den Täter noch am späten Abend.",
    "Wien – Der flüchtige Häftling wurde am Montag in Linz gefasst.",
])
def test_catching_a_person_is_an_arrest(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE")


@pytest.mark.parametrize("text", _EVERYDAY)
def test_deciding_or_summing_up_is_no_arrest(analyse_text, text):
    assert not of_type(analyse_text(text), "COERCE")


def test_without_the_words_a_decision_was_an_arrest(analyse_text, full_nlp, monkeypatch):
    import dataclasses
    from types import MappingProxyType
    ex = full_nlp.get_pipe("lb_events").extractor
    lex = ex.lex

    def old(table):
        return MappingProxyType({k: tuple((dataclasses.replace(e, without=()) if e.lemma == "fassen"
                                           and e.type == "COERCE" else e, *rest) for e, *rest in v)
                                 for k, v in table.items()})
    monkeypatch.setattr(ex, "lex", dataclasses.replace(lex, verb_forms=old(lex.verb_forms)))
    assert of_type(analyse_text(_EVERYDAY[0]), "COERCE")
