"""Tenth session, helper B: the countries of the actors of correctly typed events. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def _countries(side):
    return sorted({(a.get("country") or (a.get("actor_code") or "")[:3]) for a in side})


# --- a country in the phrase that opens the sentence is the place of its unnamed doers
@pytest.mark.parametrize("text,type_,country", [
    ("In der Neujahrsnacht brannten in Hamburg mehrere Autos. Die Polizei in Bremen nahm zwei Männer fest. "
     "In Italien kam es zu schweren Ausschreitungen.", "PROTEST", "ITA"),
    ("Die Bundesregierung kritisierte die Zustände in Dresden. In Ungarn wurden am Montag zwanzig "
     "Demonstranten festgenommen.", "COERCE", "HUN"),
    ("In der Türkei protestierten am Sonntag Tausende Studenten gegen die Regierung.", "PROTEST", "TUR"),
])
def test_opening_country_places_the_unnamed_doers(analyse_text, text, type_, country):
    evs = of_type(analyse_text(text), type_)
    assert evs and _countries(evs[-1]["source"]) == [country]


# --- a country later in the sentence names where one part happens, not whose the doers are
def test_country_inside_the_sentence_does_not_place_the_doers(analyse_text):
    evs = of_type(analyse_text("Der Innenminister in Berlin lobte die Polizei. Die Lage bleibt angespannt. "
                                "Am Freitag wurden Ziele in Syrien angegriffen."), "ASSAULT")
    assert evs and "SYR" not in _countries(evs[0]["source"])


# --- a US state or a city of some 150,000 inhabitants abroad is a place with its country
@pytest.mark.parametrize("text,type_,country", [
    ("Die Polizei in Cleveland nahm am Montag einen Mann fest. Er soll einen Nachbarn erschossen haben. "
     "Der Mann wurde dem Haftrichter vorgeführt.", "COERCE", "USA"),
    ("Mitglieder einer Miliz im US-Bundesstaat Ohio sind festgenommen worden. Sie sollen Anschläge geplant "
     "haben. Die Ermittlungen dauern an.", "COERCE", "USA"),
])
def test_place_abroad_gives_the_country_not_the_home_default(analyse_text, text, type_, country):
    evs = of_type(analyse_text(text), type_)
    assert evs and _countries(evs[0]["source"]) == [country]


def test_us_state_is_not_a_city_named_like_its_last_word(analyse_text):
    # "South Carolina" is the state, not Carolina in Puerto Rico
    evs = of_type(analyse_text("Die Polizei in South Carolina nahm zwei Männer fest. Sie sollen Anschläge "
                                "geplant haben. Die Ermittlungen dauern an."), "COERCE")
    assert evs and _countries(evs[0]["source"]) == ["USA"]


# --- "in der irakischen Stadt Samarra" names a place of Iraq even when the town is unknown: the
# victims of a later attack are Iraqi, not of the state a congressman comes from
def test_adjective_before_place_noun_votes_for_the_place(analyse_text):
    evs = of_type(analyse_text("In der irakischen Stadt Samarra haben Soldaten mehrere Zivilisten erschossen. "
                                "Ein Abgeordneter aus Minnesota verurteilte die Tat. Ein Abgeordneter aus Ohio "
                                "forderte eine Untersuchung. Dabei wurden fünf Menschen getötet."), "ASSAULT")
    assert evs and _countries(evs[-1]["target"]) == ["IRQ"]


# --- "in Belgien festgenommen": the country after "in" is where the arrest happens, not whom it hits
@pytest.mark.parametrize("text,country", [
    ("Der frühere Rebellenführer wurde in Spanien festgenommen. Er soll Anschläge in Kolumbien geplant haben. "
     "Die Ermittlungen dauern an.", "ESP"),
    ("Der Oppositionelle soll zunächst in Belgien einem Haftrichter vorgeführt werden.", "BEL"),
])
def test_country_of_an_arrest_is_no_target(analyse_text, text, country):
    evs = of_type(analyse_text(text), "COERCE")
    assert evs and all(a.get("actor_code") != country for a in evs[0]["target"])


# --- "Beide Seiten" are the two states last named, not the army, the UN or an aid group between them
@pytest.mark.parametrize("text,type_,countries", [
    ("Bei Gefechten an der Grenze zwischen Armenien und Aserbaidschan wurden am Sonntag mehrere Soldaten "
     "getötet. Die Vereinten Nationen riefen zur Ruhe auf. Auch die Armee meldete Verluste. Beide Seiten "
     "vereinbarten am Abend eine Waffenruhe.", "AGREE", ["ARM", "AZE"]),
    ("In der Region Tigray kämpfen Truppen Äthiopiens und Eritreas. Ärzte ohne Grenzen berichtete von vielen "
     "Verletzten. Beide Seiten lehnten Gespräche ab.", "REJECT", ["ERI", "ETH"]),
])
def test_both_sides_are_the_two_last_states(analyse_text, text, type_, countries):
    evs = of_type(analyse_text(text), type_)
    assert evs and _countries(evs[-1]["source"]) == countries


# --- "sein Land", "ihr Land": the country of the person the possessive points to
@pytest.mark.parametrize("text,type_,country", [
    ("Der Sudan wurde von schweren Kämpfen erschüttert. Der französische Premierminister François Fillon "
     "erklärte, sein Land plane militärische Operationen gegen den Sudan.", "ASSAULT", "FRA"),
    ("Der Außenminister Kanadas sagte, sein Land werde die Regierung in Kiew unterstützen.", "AGREE", "CAN"),
])
def test_own_country_of_the_speaker(analyse_text, text, type_, country):
    evs = of_type(analyse_text(text), type_)
    assert evs and _countries(evs[-1]["source"]) == [country]


def test_possessive_after_an_act_noun_is_left_to_the_noun(analyse_text):
    # "ein Eingreifen seines Landes ausgeschlossen": his country is the intervention's doer, not
    # whom the rejection aims at
    evs = of_type(analyse_text("Der australische Außenminister hatte ein Eingreifen seines Landes in "
                                "Osttimor zunächst ausgeschlossen."), "REJECT")
    assert not evs or "AUS" not in _countries(evs[0]["target"])


# --- "die römisch-katholische Kirche" is the Holy See's church (VATREL), not the setting's clergy
@pytest.mark.parametrize("text,country", [
    ("Die römisch-katholische Kirche kritisierte das neue Gesetz der Regierung in Madrid.", "VAT"),
    ("Die evangelische Kirche in Deutschland lobte den Beschluss der Bundesregierung.", "DEU"),
])
def test_roman_catholic_church_is_the_holy_sees(analyse_text, text, country):
    evs = [e for e in analyse_text(text) if e["type"] in ("DISAPPROVE", "SUPPORT")]
    assert evs and _countries(evs[0]["source"]) == [country]


# --- "nach Barcelona gebracht": where the arrested are taken is no target of the arrest
def test_destination_of_an_arrest_is_no_target(analyse_text):
    evs = of_type(analyse_text("Der aus Lyon stammende Mann wurde in Madrid festgenommen und zur Vernehmung "
                                "nach Barcelona gebracht."), "COERCE")
    assert evs and _countries(evs[0]["target"]) == ["FRA"]
