"""Tenth session, helper F: which of the material conflict types (ASSAULT, COERCE, PROTEST,
SANCTION) a real act gets. Every sentence is written for these tests."""

from __future__ import annotations

import pytest


def _types(evs):
    return sorted(e["type"] for e in evs)


# --- crushing a protest: by the army or "blutig" it is violence (ASSAULT), by the police COERCE
@pytest.mark.parametrize("text", [
    "Im Jahr 1988 schlug die Armee die Studentenproteste in Rangun nieder.",
    "Damals schlugen Soldaten den Aufstand der Bergarbeiter blutig nieder.",
    "Die Niederschlagung des Aufstands durch die Armee kostete Hunderte das Leben.",
    "In Seoul fand eine Gedenkfeier zum Jahrestag der blutigen Niederschlagung der Proteste statt.",
])
def test_military_or_bloody_crackdown_is_assault(analyse_text, text):
    types = _types(analyse_text(text))
    assert "ASSAULT" in types and "COERCE" not in types


@pytest.mark.parametrize("text", [
    "Die Polizei schlug die Kundgebung in Minsk nieder.",
    "Die Opposition warf der Polizei die Niederschlagung der Demonstration in Minsk vor.",
])
def test_police_crackdown_stays_coerce(analyse_text, text):
    types = _types(analyse_text(text))
    assert "ASSAULT" not in types


# --- in a report about hacking, a bare "Angriff"/"angreifen" is a cyber attack (COERCE), not violence
_HACKING = "Hacker haben nach Angaben des Ministeriums das Computernetz der Landesregierung ausgespäht. "


@pytest.mark.parametrize("text", [
    _HACKING + "Das Amt zählte im vergangenen Jahr mehr als 900 Angriffe, die meisten aus dem Ausland.",
    _HACKING + "Nach Einschätzung der Behörde werden die Server der Ministerien täglich angegriffen.",
])
def test_attack_in_a_hacking_report_is_cyber_coerce(analyse_text, text):
    types = _types(analyse_text(text))
    assert "COERCE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    # one passing mention of hackers does not make a war report a hacking report
    "Die Hacker der Armee blieben untätig. Am Montag griffen Rebellen einen Stützpunkt der Regierung an.",
    # a military attack in a hacking report stays violence
    _HACKING + "Am Montag griffen Soldaten einen Stützpunkt der Rebellen an.",
])
def test_military_attack_stays_assault(analyse_text, text):
    assert "ASSAULT" in _types(analyse_text(text))


# --- violence or coercion alleged in an accusation's infinitive is an event of its own, by the accused
@pytest.mark.parametrize("text,type_", [
    ("Die Regierung beschuldigte die Miliz, den Anschlag auf den Markt von Mopti verübt zu haben.", "ASSAULT"),
    ("Dem General wird vorgeworfen, den Putsch gegen den Präsidenten angeführt zu haben.", "ASSAULT"),
    ("Die Polizei verdächtigt zwei Männer, einen Anschlag auf den Flughafen von Lagos zu planen.", "ASSAULT"),
    ("Menschenrechtler warfen der Regierung vor, nach den Wahlen Journalisten festgenommen zu haben.", "COERCE"),
])
def test_alleged_material_act_is_coded(analyse_text, text, type_):
    types = _types(analyse_text(text))
    assert "DISAPPROVE" in types and type_ in types


def test_alleged_talks_stay_inside_the_accusation(analyse_text):
    types = _types(analyse_text("Die Opposition warf der Regierung vor, heimlich mit den Rebellen verhandelt zu haben."))
    assert types == ["DISAPPROVE"]


# --- riots are PROTEST (mode riot); with deaths in the same sentence they are ASSAULT (coding guide)
@pytest.mark.parametrize("text", [
    "Die Unruhen im Norden des Landes forderten bisher 40 Todesopfer.",
    "In der Hauptstadt kam es zu schweren Ausschreitungen, bei denen drei Menschen starben.",
    "Allein am Wochenende kamen bei den Krawallen in der Hafenstadt sieben Menschen ums Leben.",
])
def test_riot_with_deaths_is_assault(analyse_text, text):
    types = _types(analyse_text(text))
    assert "ASSAULT" in types and "PROTEST" not in types


@pytest.mark.parametrize("text", [
    "In der Hauptstadt kam es am Samstag erneut zu Krawallen.",
    "Die Unruhen in den Vorstädten dauerten die dritte Nacht an.",
])
def test_riot_without_deaths_stays_protest(analyse_text, text):
    assert _types(analyse_text(text)) == ["PROTEST"]


# --- nouns of street protest: Demo (and its compounds), named marches, Protestzug, Randale
@pytest.mark.parametrize("text", [
    "Die Friedensdemo in Leipzig zog am Samstag mehr als 5000 Menschen an.",
    "Ein Schweigemarsch führte am Sonntag durch die Altstadt von Kassel.",
    "Ein Protestzug mit 3000 Bauern zog am Mittag durch das Regierungsviertel in Berlin.",
    "In der Nacht kam es in der Innenstadt von Bremen zu Randale.",
    "Mehrere Gewerkschaften riefen zu Gegenveranstaltungen in Dresden auf.",
])
def test_protest_nouns(analyse_text, text):
    assert "PROTEST" in _types(analyse_text(text))


# --- chanting slogans: part of the protest when the clause names the demonstration, else words (DISAPPROVE)
@pytest.mark.parametrize("text,type_,other", [
    ("Auf der Kundgebung in Minsk skandierten die Teilnehmer Parolen gegen den Präsidenten.", "PROTEST", "DISAPPROVE"),
    ("Bei der Rede des Präsidenten skandierten Studenten in Teheran regierungskritische Parolen.", "DISAPPROVE",
     "PROTEST"),
    ("Vor dem Parlament in Kiew skandierten Anhänger der Opposition Sprechchöre gegen den Präsidenten.", "DISAPPROVE",
     "PROTEST"),
])
def test_chanting_slogans(analyse_text, text, type_, other):
    types = _types(analyse_text(text))
    assert type_ in types and other not in types


# --- ethnic cleansing and mob hunts are violence (ASSAULT); a "Säuberung" without "ethnisch" is not
@pytest.mark.parametrize("text", [
    "Menschenrechtler berichteten von ethnischen Säuberungen durch Milizen im Osten des Landes.",
    "Nach dem Anschlag kam es in der Stadt zu Hetzjagden von Rechtsextremisten auf Migranten.",
])
def test_cleansing_and_mob_hunts_are_assault(analyse_text, text):
    assert "ASSAULT" in _types(analyse_text(text))


def test_plain_purge_is_no_assault(analyse_text):
    assert "ASSAULT" not in _types(analyse_text("Die Partei kündigte eine Säuberung ihrer Mitgliederlisten an."))


# --- property set on fire by rioters is the riot (PROTEST riot); by rebels it stays ASSAULT
@pytest.mark.parametrize("text", [
    "In der Nacht setzten Randalierer in Lyon mehr als 40 Autos in Brand.",
    "In Hamburg errichteten Randalierer Barrikaden und steckten sie in Brand.",
])
def test_rioters_arson_is_protest(analyse_text, text):
    types = _types(analyse_text(text))
    assert "PROTEST" in types and "ASSAULT" not in types


def test_rebels_arson_stays_assault(analyse_text):
    types = _types(analyse_text("Rebellen steckten im Norden des Landes mehrere Dörfer in Brand."))
    assert "ASSAULT" in types and "PROTEST" not in types


# --- deportation in a report about a massacre or genocide is part of the violence (ASSAULT, as the
# guide codes collective displacement in war); elsewhere it stays COERCE
_MASSACRE = ("Das Tribunal in Den Haag stufte das Massaker von Dorfingen als Völkermord ein. "
             "Nach dem Massaker fanden Ermittler mehrere Massengräber. ")


@pytest.mark.parametrize("text", [
    _MASSACRE + "Die Männer des Dorfes wurden von Milizen abgeführt.",
    _MASSACRE + "Tausende Bewohner wurden von Milizen in Lager deportiert.",
])
def test_deportation_in_a_massacre_report_is_assault(analyse_text, text):
    last = [e for e in analyse_text(text) if e["trigger"]["start"] > len(_MASSACRE)]
    assert _types(last) == ["ASSAULT"]


def test_deportation_elsewhere_stays_coerce(analyse_text):
    types = _types(analyse_text("Die Behörden deportierten am Montag 40 Migranten nach Mali."))
    assert "COERCE" in types and "ASSAULT" not in types


# --- "Militäraktion" is a military operation (ASSAULT), as "Militäroperation" is
def test_military_action_noun_is_assault(analyse_text):
    # no other word of violence in the sentence: the noun alone makes the event
    text = "Die Militäraktion der Armee gegen die Rebellen dauerte drei Tage."
    assert _types(analyse_text(text)) == ["ASSAULT"]


# --- a higher court quashing an acquittal acts against the accused (COERCE); lifting a curfew is a concession
@pytest.mark.parametrize("text", [
    "Der Bundesgerichtshof hob am Dienstag den Freispruch für den früheren Bankchef auf.",
    "Die Freisprüche des Landgerichts Kiel wurden vom Bundesgerichtshof aufgehoben.",
])
def test_quashed_acquittal_is_coerce(analyse_text, text):
    assert "COERCE" in _types(analyse_text(text))


def test_lifted_curfew_stays_concede(analyse_text):
    types = _types(analyse_text("Die Regierung hob am Montag die Ausgangssperre in Bamako auf."))
    assert "CONCEDE" in types and "COERCE" not in types


# --- an officer's attack is armed: a military rank before the name blocks the verbal reading
def test_officer_attack_is_assault(analyse_text):
    types = _types(analyse_text(
        "General Ahmad Karimi war an einem Plan beteiligt, amerikanische Diplomaten in Kabul anzugreifen."))
    assert "ASSAULT" in types and "DISAPPROVE" not in types


def test_politician_attack_stays_words(analyse_text):
    types = _types(analyse_text("Der afghanische Präsident Ahmad Karimi griff am Morgen die Opposition in Kabul an."))
    assert types == ["DISAPPROVE"]
