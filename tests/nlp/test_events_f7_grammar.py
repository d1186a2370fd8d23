"""Actor and sense errors of the twentieth session (helper F7), seen in lagebild's output on real
text: the destination of a deportation taken for its target, a court in a place phrase taken for
the convicted, a present passive of "entlassen" read as a future whose subject acts, a relative
pronoun whose antecedent is no actor given the text's last party, and an agreement ruled out
("schließt ein Abkommen aus") reported as made. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


def _codes(side):
    return sorted(a.get("actor_code") or a.get("name") or "" for a in side)


# --- deportation: the destination country is a place ---------------------------------------

@pytest.mark.parametrize("text", [
    "Ungarn weist Flüchtlinge nach Serbien zurück.",
    "Die Polizei schob am Montag Flüchtlinge nach Kroatien ab.",
])
def test_the_destination_of_a_deportation_is_no_target(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1
    assert not any(c in ("SRB", "HRV") for c in _codes(acts[0]["target"]))
    assert any((c or "").endswith("CVL") for c in _codes(acts[0]["target"]))


def test_without_named_people_the_destination_stays(analyse_text):
    # the deported are no actor: their destination is mostly their country and stays the target
    acts = of_type(analyse_text("Thailand schob 90 Uiguren nach China ab."), "COERCE")
    assert acts and "CHN" in [c[:3] for c in _codes(acts[0]["target"])]


def test_without_the_destination_rule_the_country_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COERCE_DESTINATION_COUNTRY", False)
    acts = of_type(analyse_text("Ungarn weist Flüchtlinge nach Serbien zurück."), "COERCE")
    assert acts and "SRB" in _codes(acts[0]["target"])


# --- a court in a place phrase judges ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ein Pensionist ist im Landesgericht Wien zu zwei Jahren Haft verurteilt worden.",
    "Eine Lehrerin wurde am Landesgericht Linz zu einer Geldstrafe verurteilt.",
])
def test_a_court_in_a_place_phrase_is_the_doer(analyse_text, text):
    acts = of_type(analyse_text(text), "SANCTION")
    assert len(acts) == 1
    assert any(c.endswith("JUD") for c in _codes(acts[0]["source"]))
    assert not any(c.endswith("JUD") for c in _codes(acts[0]["target"]))


def test_without_the_court_rule_the_court_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COURT_IN_PLACE", False)
    acts = of_type(analyse_text(
        "Ein Pensionist ist im Landesgericht Wien zu zwei Jahren Haft verurteilt worden."), "SANCTION")
    assert acts and any(c.endswith("JUD") for c in _codes(acts[0]["target"]))


# --- "werden entlassen" is a present passive -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die Häftlinge werden am Freitag entlassen.",
    "Die Gefangenen sollen noch in dieser Woche entlassen werden.",
])
def test_the_released_are_the_target(analyse_text, text):
    acts = of_type(analyse_text(text), "CONCEDE")
    assert len(acts) == 1
    assert not any(c.endswith("CVL") for c in _codes(acts[0]["source"]))
    assert any(c.endswith("CVL") for c in _codes(acts[0]["target"]))


def test_a_future_with_an_object_keeps_its_doer(analyse_text):
    acts = of_type(analyse_text("Die Regierung wird die Häftlinge am Freitag entlassen."), "CONCEDE")
    assert acts and any(c.endswith("GOV") for c in _codes(acts[0]["source"]))


def test_without_the_passive_rule_the_released_release(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PRESENT_PASSIVE", False)
    acts = of_type(analyse_text("Die Häftlinge werden am Freitag entlassen."), "CONCEDE")
    assert acts and any(c.endswith("CVL") for c in _codes(acts[0]["source"]))


# --- a relative pronoun for no actor --------------------------------------------------------

def test_a_relative_pronoun_for_no_actor_does_not_take_the_last_party(analyse_text):
    acts = of_type(analyse_text("Die Polizei verhaftete eine Frau, die den Bürgermeister beleidigt hatte."),
                   "DISAPPROVE")
    assert acts and not any(c.endswith("COP") for c in _codes(acts[0]["source"]))


def test_without_the_relative_rule_the_police_insult(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RELATIVE_NONACTOR_SUBJECT", False)
    acts = of_type(analyse_text("Die Polizei verhaftete eine Frau, die den Bürgermeister beleidigt hatte."),
                   "DISAPPROVE")
    assert acts and any(c.endswith("COP") for c in _codes(acts[0]["source"]))


# --- an agreement ruled out is not made -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die Regierung schließt ein Abkommen mit der Guerilla aus.",
    "Die Opposition lehnt jede Vereinbarung mit dem Präsidenten ab.",
])
def test_an_agreement_ruled_out_is_no_agreement(analyse_text, text):
    events = analyse_text(text)
    assert of_type(events, "REJECT")
    assert not of_type(events, "AGREE")


def test_a_definite_agreement_rejected_is_still_made(analyse_text):
    events = analyse_text("Die Opposition lehnt das Abkommen zwischen Serbien und dem Kosovo ab.")
    assert of_type(events, "AGREE")


def test_without_the_open_article_rule_the_agreement_is_made(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REJECTED_OPEN_AGREEMENT", False)
    events = analyse_text("Die Regierung schließt ein Abkommen mit der Guerilla aus.")
    assert of_type(events, "AGREE")


# --- a passive deportation: the people moved are the subject --------------------------------

@pytest.mark.parametrize("text", [
    "Graz – 40 Flüchtlinge wurden am Dienstag nach Slowenien abgeschoben.",
    "Graz – Mehrere Demonstranten sind nach Italien abgeschoben worden.",
])
def test_the_destination_of_a_passive_deportation_is_no_target(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1
    assert not any(c in ("SVN", "ITA") for c in _codes(acts[0]["target"]))
    assert any(c.endswith("CVL") for c in _codes(acts[0]["target"]))


def test_without_the_passive_people_rule_the_destination_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DESTINATION_PASSIVE_PEOPLE", False)
    acts = of_type(analyse_text("Graz – 40 Flüchtlinge wurden am Dienstag nach Slowenien abgeschoben."), "COERCE")
    assert acts and "SVN" in _codes(acts[0]["target"])
