"""Round 10, helper A: act words that name no event of their own (precision). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


# --- a text whose lead names a natural disaster: deaths and destruction with no named doer are
# the hazard's, no ASSAULT
@pytest.mark.parametrize("text", [
    "Ein schweres Erdbeben hat am Sonntag den Westen Nepals erschüttert. Die Armee beteiligt sich an der "
    "Suche nach Verschütteten. In den Bergdörfern wurden mindestens 80 Menschen getötet.",
    "Nach tagelangen Regenfällen kam es in Bangladesch zu Überschwemmungen. Soldaten brachten Tausende "
    "Bewohner in Sicherheit. Hunderte Häuser wurden zerstört.",
])
def test_disaster_deaths_are_no_assault(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT") == []


def test_disaster_report_keeps_an_attack_by_a_named_force(analyse_text):
    evs = of_type(analyse_text("Ein Wirbelsturm hat die Küste von Myanmar verwüstet. Die Militärregierung "
                                "lehnte ausländische Helfer ab. Soldaten erschossen in Rangun zwei Plünderer."),
                   "ASSAULT")
    assert evs and actor_codes(evs[0]["source"]) == ["MMRMIL"]


def test_disaster_named_late_keeps_the_attacks(analyse_text):
    # the quake is background in the fourth sentence: the text is a war report
    evs = analyse_text("Im Norden Syriens griffen Rebellen einen Stützpunkt der Armee an. Dabei wurden zwölf "
                       "Soldaten getötet. Die Region war im vergangenen Jahr von einem Erdbeben getroffen worden.")
    assert len(of_type(evs, "ASSAULT")) == 2


# --- "demonstrieren" with an object of show is no protest; without one it stays PROTEST
@pytest.mark.parametrize("text", [
    "Bei ihrem Treffen in Rom demonstrierten die beiden Regierungschefs Einigkeit.",
    "Die Armee wollte mit der Parade ihre Stärke demonstrieren.",
    "Der Oppositionsführer rief seine Anhänger auf, ihre Macht auf der Straße zu demonstrieren.",
])
def test_demonstrate_strength_is_no_protest(analyse_text, text):
    assert of_type(analyse_text(text), "PROTEST") == []


@pytest.mark.parametrize("text", [
    "In Madrid demonstrierten am Sonntag Tausende gegen die Sparpolitik der Regierung.",
    "Studenten demonstrierten vor dem Parlament für mehr Geld für die Universitäten.",
])
def test_street_demonstration_stays_protest(analyse_text, text):
    assert len(of_type(analyse_text(text), "PROTEST")) == 1


# --- an agent noun the tagger lemmatises to its act noun ("Kritikern" -> "Kritik") names people
@pytest.mark.parametrize("text", [
    "Unter den Kritikern der Reform sind viele Lehrer und Eltern.",
    "Der Sender gilt bei seinen Kritikern als regierungsnah.",
])
def test_critics_are_no_criticism(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE") == []


def test_criticism_noun_stays_an_act(analyse_text):
    evs = of_type(analyse_text("Die Opposition übte scharfe Kritik an der Regierung."), "DISAPPROVE")
    assert evs and actor_codes(evs[0]["source"]) == ["OPP"]


# --- an act noun in the genitive of a noun naming one of its aspects (number, form, time, effect,
# reason, host) refers to the act, it reports none; an article-less genitive plural counts too
@pytest.mark.parametrize("text,type_", [
    ("Nach Angaben von Beobachtern ist die Zahl russischer Luftangriffe in der Region zurückgegangen.", "ASSAULT"),
    ("Die Wirkung der Sanktionen auf die Wirtschaft Irans ist umstritten.", "SANCTION"),
])
def test_aspect_of_an_act_is_no_act(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_) == []


def test_act_noun_without_frame_stays(analyse_text):
    evs = of_type(analyse_text("Bei russischen Luftangriffen auf die Stadt wurden am Montag zwölf Zivilisten getötet."), "ASSAULT")
    assert evs and actor_codes(evs[0]["source"]) == ["RUS"]


# --- words answered by their target: the answer is the REJECT; the accusation or demand as its
# bare direct object is no act of its own; with its author named, or in "gegen Kritik", it stays
@pytest.mark.parametrize("text,type_", [
    ("Der Innenminister wies die Vorwürfe am Dienstag zurück.", "DISAPPROVE"),
    ("Die Firma bestreitet die Vorwürfe gegen ihren Vorstand.", "DISAPPROVE"),
    ("Die Regierung in Rom lehnte weitere Forderungen ab.", "DEMAND"),
])
def test_rejected_words_without_author_are_no_act(analyse_text, text, type_):
    evs = analyse_text(text)
    assert of_type(evs, "REJECT") and of_type(evs, type_) == []


@pytest.mark.parametrize("text,type_,source", [
    ("Die Regierung wies die Kritik der Opposition zurück.", "DISAPPROVE", ["OPP"]),
    ("Die Regierung in Rom lehnte weitere Forderungen der Gewerkschaften ab.", "DEMAND", ["ITALAB"]),
])
def test_rejected_words_of_a_named_author_stay(analyse_text, text, type_, source):
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["source"]) == source


def test_criticism_defended_against_stays(analyse_text):
    evs = analyse_text("Der Minister verteidigte das Gesetz gegen die Kritik.")
    assert of_type(evs, "REJECT") and of_type(evs, "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Der Konzern begegnete der Kritik mit einer Werbekampagne.",
    "Die Partei empfindet die Vorwürfe als ungerechtfertigt.",
])
def test_answering_criticism_is_reject(analyse_text, text):
    evs = analyse_text(text)
    assert len(of_type(evs, "REJECT")) == 1 and of_type(evs, "DISAPPROVE") == []


# --- an armed attack in a text that also mentions hackers stays violence (cyber reports: test_events_round10_f)
def test_armed_attack_beside_hackers_stays_assault(analyse_text):
    evs = analyse_text("Die Armee Israels hat am Morgen Ziele im Gazastreifen angegriffen. Zuvor waren Raketen "
                       "abgefeuert worden. Hacker legten zudem Webseiten lahm.")
    assert of_type(evs, "COERCE") == [] and len(of_type(evs, "ASSAULT")) == 2


# --- an act noun governed by a ban or crackdown noun names what is coerced, no act of its own;
# the protest a verb of coercion acts on stays
@pytest.mark.parametrize("text", [
    "Menschenrechtler befürchten eine blutige Niederschlagung der Proteste durch die Armee in Rangun.",
    "Das Gesetz dürfe nicht als Vorwand für ein Verbot unliebsamer Kundgebungen dienen, sagte der Abgeordnete.",
])
def test_protest_under_a_ban_is_no_protest(analyse_text, text):
    evs = analyse_text(text)
    # the ban or crackdown itself is an event (a bloody one by the army ASSAULT, see round10_f)
    assert (of_type(evs, "COERCE") or of_type(evs, "ASSAULT")) and of_type(evs, "PROTEST") == []


def test_protest_dispersed_by_police_stays(analyse_text):
    evs = analyse_text("Die Polizei löste die Demonstration der Studenten in Minsk gewaltsam auf.")
    assert of_type(evs, "COERCE") and of_type(evs, "PROTEST")


# --- "besetzen" filling a post or a body occupies nothing; occupying a building stays PROTEST
@pytest.mark.parametrize("text", [
    "Das neue Gremium soll paritätisch besetzt werden, teilte die Regierung in Wien mit.",
    "Die Regierung in Kiew will den Posten des Botschafters in Moskau nicht neu besetzen.",
    "Der Beschluss sieht eine repräsentativ besetzte Versammlung mit 1200 Mitgliedern vor.",
])
def test_filling_a_post_is_no_occupation(analyse_text, text):
    assert [e for e in analyse_text(text) if e["type"] in ("PROTEST", "ASSAULT")] == []


def test_occupying_parliament_stays_protest(analyse_text):
    assert len(of_type(analyse_text("Demonstranten besetzten am Montag das Parlament in Kiew."), "PROTEST")) == 1


# --- "überwachen" watching over a process, a place or traffic monitors; watching a person coerces
@pytest.mark.parametrize("text", [
    "Internationale Beobachter sollen die Waffenruhe in der Region überwachen.",
    "Die Flugsicherung überwacht täglich rund 9000 Flüge über Deutschland.",
])
def test_monitoring_is_no_coercion(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE") == []


def test_surveillance_of_a_journalist_stays_coerce(analyse_text):
    evs = of_type(analyse_text("Der Journalist wurde monatelang vom Geheimdienst überwacht."), "COERCE")
    assert evs and actor_codes(evs[0]["target"]) == ["MED"]


# --- in a text with no word of political conflict a threat between private persons is crime, no
# THREATEN; a union's threat of a strike stays
def test_private_threat_is_no_event(analyse_text):
    assert of_type(analyse_text("Der Angeklagte soll seine Nachbarin mit einem Messer bedroht haben."), "THREATEN") == []


def test_union_threat_stays(analyse_text):
    evs = of_type(analyse_text("Die Gewerkschaft Verdi drohte am Montag mit einem unbefristeten Streik bei der Post."),
                   "THREATEN")
    assert evs and actor_codes(evs[0]["source"]) == ["DEULAB"]  # Verdi is a coded union since the eighteenth session


# --- saving lives is AID only in a report on political conflict, not after an accident or in a
# disaster report (triggers.tsv flag "conflict")
@pytest.mark.parametrize("text", [
    "Nach dem Untergang der Fähre konnten Fischer 120 Passagiere retten.",
    "Nach schweren Überschwemmungen im Norden Indiens haben Soldaten mehr als 3000 Menschen gerettet.",
])
def test_rescue_outside_conflict_is_no_aid(analyse_text, text):
    assert of_type(analyse_text(text), "AID") == []


def test_rescue_in_a_war_report_stays_aid(analyse_text):
    evs = of_type(analyse_text("Bei Kämpfen im Süden des Landes konnten UN-Truppen 500 Zivilisten vor den Rebellen "
                                "retten."), "AID")
    assert evs and actor_codes(evs[0]["source"]) == ["IGOUNO"]


# --- "anbieten": offering one's resignation concedes; offering bail, a post or goods agrees to nothing
def test_offered_resignation_is_concede(analyse_text):
    evs = analyse_text("Der Ministerpräsident bot der Opposition seinen Rücktritt an.")
    assert [e["type"] for e in evs] == ["CONCEDE"] and actor_codes(evs[0]["target"]) == ["OPP"]


@pytest.mark.parametrize("text", [
    "Die Anwälte des Senators hatten eine Kaution von zwei Millionen Euro angeboten.",
    "Dem früheren Botschafter sei das Amt des Außenministers angeboten worden, berichtete die Zeitung.",
])
def test_offering_bail_or_a_post_is_no_agree(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE") == []


def test_offered_talks_stay_agree(analyse_text):
    evs = of_type(analyse_text("Die EU bot der Ukraine Gespräche über ein Handelsabkommen an."), "AGREE")
    assert evs and actor_codes(evs[0]["target"]) == ["UKR"]


# --- the act noun a naming verb gives as a label ("als „feigen Anschlag“", "nannte dies einen
# Staatsstreich") is no act of its own; the condemned attack named as the object stays
@pytest.mark.parametrize("text", [
    "Die Regierung in Oslo verurteilte die Tat als „feigen Anschlag“.",
    "Der Außenminister Frankreichs nannte das Vorgehen der Armee einen Staatsstreich.",
])
def test_label_is_no_act(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "DISAPPROVE") and of_type(evs, "ASSAULT") == []


def test_condemned_attack_stays(analyse_text):
    evs = analyse_text("Die Regierung in Oslo verurteilte den Anschlag auf das Parlament.")
    assert of_type(evs, "DISAPPROVE") and of_type(evs, "ASSAULT")
