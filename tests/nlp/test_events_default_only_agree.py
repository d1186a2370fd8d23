"""A private promise or consent is no act of the government. When the text names nobody who acts, the setting's
government comes in as the doer by default (DEUGOV in a German story); an AGREE or CONSULT verb whose only doer is
that default, with no named target and no party anywhere in its sentence (no named actor, no political agent),
tells of neighbours, clubs, pilgrims or cars ("Die Nachbarn vereinbarten ein Grillfest"), and is dropped
(extract.DEFAULT_ONLY_MEETING). Nouns ("Gespräche", "Gipfel"), support verbs (the act noun they carry), participles,
zu-infinitives and clauses with a personal pronoun or "man" are left alone: their doer may stand elsewhere.
Session 30, helper q2s30. Uncoded news: 4 removed (4 articles), 4 wrong (pilgrims joining a ritual, an opera-ball
hostess's promise, cars exchanging data, "the populist promises"); development parts: 3 removed (a school's
commitment, an experiment's bargaining, a film scene), 0 right; pooled type matches 2611 -> 2611, tuple 1782 ->
1782. The first, wider form (every trigger, nouns too) removed 59 on the uncoded news, about half of them real talks
("Sondierungsgespräch", "Verhandlungen zum Finanzausgleich"); verbs with pronoun subjects lost 2 right dev events
("ich verspreche"); support verbs emptied a sentence with a gold asylum DEMAND ("einen Antrag auf Asyl stellen",
gnad4 silent-gold ceiling).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_GERMAN = "In {town} ist es ruhig geworden. Viele Leute sind im Urlaub. "


@pytest.mark.parametrize("text", [
    _GERMAN.format(town="Hamburg") + "Die Nachbarn vereinbarten ein gemeinsames Grillfest.",
    _GERMAN.format(town="Bremen") + "Zwei Sportvereine vereinbarten ein Freundschaftsspiel.",
])
def test_private_consent_with_a_default_doer_is_no_agreement(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    _GERMAN.format(town="Berlin") + "Die Regierung versprach eine Reform der Rente bis zum Herbst.",
    _GERMAN.format(town="Berlin") + "Der Kanzler versprach eine Reform der Rente bis zum Herbst.",
])
def test_a_named_party_keeps_its_promise(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE")


def test_with_the_flag_off_the_default_doer_agrees(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DEFAULT_ONLY_MEETING", False)
    text = _GERMAN.format(town="Hamburg") + "Die Nachbarn vereinbarten ein gemeinsames Grillfest."
    events = of_type(analyse_text(text), "AGREE")
    assert events and events[0]["source"][0].get("role_from") == "default"
