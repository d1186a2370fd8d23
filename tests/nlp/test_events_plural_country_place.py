""""in den" before a country with a plural name is a dative: the place of the act, not its target. "Die
Anwälte kündigten eine Klage gegen Österreich in den USA an" made the USA a target of the suit, as
"in den Irak" (an accusative: where to) makes Iraq the target of any act; "in den USA", "in den
Niederlanden", "in den Philippinen" say where (``extract.PLURAL_COUNTRY_LOCATIVE``, plural_country in
function_words.tsv). Acts whose "in" phrase names what they hit or where they go keep it (a visit, an
attack, an aid delivery: their types take the country whatever the "in den"), and a country named with
"in den" and the singular stays a direction ("schickte Soldaten in den Irak").
Session 30, helper a1s30 (targets of another country: a place taken for the addressee). Uncoded news:
2 events changed (1 article; one more only lost a repeated NLD), 2 right (the US Supreme Court's
approval and the judges' dissent aimed at the USA); development parts: 2 targets changed, 1 right (the
Haitian ambassador's appeal lost the USA; a suit "in den USA" went from USA to a guessed USAGOV, still
wrong), pooled type 2595 → 2595, tuple 1768 → 1768. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_", [
    ("Die Familie kündigte in den USA eine Klage gegen Österreich an.", "DISAPPROVE"),
    ("Der Botschafter Haitis in den USA rief die Weltgemeinschaft zur Hilfe auf.", "DEMAND"),
    ("Die Oppositionspartei kritisierte in den Niederlanden die Pläne der belgischen Regierung.", "DISAPPROVE"),
    ("Der Oberste Gerichtshof in den USA hat das Gesetz gebilligt.", "SUPPORT"),
])
def test_in_den_before_a_plural_country_is_no_target(analyse_text, text, type_):
    (e,) = of_type(analyse_text(text), type_)
    assert not {"USA", "NLD"} & {c[:3] for c in actor_codes(e["target"])}


def test_in_den_before_a_singular_country_is_a_direction(analyse_text):
    (e,) = of_type(analyse_text("Die Regierung in Ankara schickte Soldaten in den Irak."), "MOBILIZE")
    assert actor_codes(e["target"]) == ["IRQ"]


def test_a_visit_in_den_usa_keeps_its_host(analyse_text):
    evs = analyse_text("Der chinesische Präsident Xi Jinping ist zu einem Besuch in den USA eingetroffen.")
    (e,) = of_type(evs, "CONSULT")
    assert "USA" in {c[:3] for c in actor_codes(e["target"])}


def test_flag_off_makes_the_plural_country_a_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PLURAL_COUNTRY_LOCATIVE", False)
    (e,) = of_type(analyse_text("Die Familie kündigte in den USA eine Klage gegen Österreich an."), "DISAPPROVE")
    assert "USA" in {c[:3] for c in actor_codes(e["target"])}
