"""Tenth session, helper C: word classes of event triggers that recur in any German news text
(regret about another's decision, announced resignations, surveillance by intelligence
services). Every sentence is written for these tests."""

from __future__ import annotations

import pytest


def _types(evs):
    return sorted(e["type"] for e in evs)


# --- "bedauern" aimed at another party's decision or act is DISAPPROVE; regret alone stays CONCEDE
@pytest.mark.parametrize("text", [
    "Der Bürgermeister von Hamburg bedauerte die Entscheidung des Bundesgerichtshofs.",
    "Die Gewerkschaft bedauerte den Beschluss der Landesregierung.",
    "Frankreich bedauert die Weigerung Russlands, die Beobachter ins Land zu lassen.",
    "Der Verband bedauerte, dass die Regierung die Förderung gestrichen habe.",
])
def test_regret_about_another_decision_is_disapprove(analyse_text, text):
    types = _types(analyse_text(text))
    assert "DISAPPROVE" in types and "CONCEDE" not in types


def test_regret_about_an_incident_stays_concede(analyse_text):
    assert "CONCEDE" in _types(analyse_text("Der Innenminister bedauerte den Vorfall an der Grenze."))


# --- announcing not to run again gives up an office: CONCEDE (the act is in the future)
@pytest.mark.parametrize("text", [
    "Beim Parteitag im Herbst wird der Vorsitzende nicht mehr für das Amt kandidieren.",
    "Die Ministerpräsidentin will bei der nächsten Landtagswahl nicht erneut kandidieren.",
])
def test_not_running_again_is_concede(analyse_text, text):
    evs = [e for e in analyse_text(text) if e["type"] == "CONCEDE"]
    assert evs and not evs[0]["negated"]


def test_running_for_office_is_no_event(analyse_text):
    assert analyse_text("Der Senator kündigte an, im nächsten Jahr für das Amt des Gouverneurs zu kandidieren.") == []


# --- an intelligence service watching a party or person is surveillance (COERCE); watching a
#     situation is no event
@pytest.mark.parametrize("text", [
    "Der Verfassungsschutz beobachtet seit Jahren zwei Parteien am rechten Rand.",
    "Der Geheimdienst hat den Oppositionspolitiker monatelang beobachtet.",
    "Die Beobachtung der Partei durch den Verfassungsschutz bleibt umstritten.",
])
def test_watching_by_an_intelligence_service_is_coerce(analyse_text, text):
    assert "COERCE" in _types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Die Regierung beobachtet die Lage an der Grenze mit Sorge.",
    "Die Beobachtung des Kometen gelang einer Sternwarte in Chile.",
])
def test_watching_a_situation_is_no_event(analyse_text, text):
    assert "COERCE" not in _types(analyse_text(text))


# --- expropriation by the state is COERCE
@pytest.mark.parametrize("text", [
    "Die Regierung enteignete die Firmen der geflohenen Oligarchen.",
    "Nach dem Umsturz wurden zahlreiche Großgrundbesitzer enteignet.",
])
def test_expropriation_is_coerce(analyse_text, text):
    assert "COERCE" in _types(analyse_text(text))


# --- the police overpowering a suspect is COERCE; anyone else overpowering someone is no state act
@pytest.mark.parametrize("text", [
    "Am Abend wurde der Geiselnehmer von einem Spezialeinsatzkommando überwältigt.",
    "Polizisten überwältigten den bewaffneten Mann vor dem Rathaus.",
])
def test_police_overpowering_is_coerce(analyse_text, text):
    assert "COERCE" in _types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Die Behörden waren vom Ausmaß der Flut überwältigt.",
    "Zwei Häftlinge überwältigten einen Wärter und flohen.",
])
def test_other_overpowering_is_no_coerce(analyse_text, text):
    assert "COERCE" not in _types(analyse_text(text))


# --- an investigation opened or running is DISAPPROVE investigate; the word as background is none
@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft Kiel hat ein Ermittlungsverfahren gegen den Landrat eingeleitet.",
    "Ein Ermittlungsverfahren wegen Bestechlichkeit wurde bereits eröffnet.",
])
def test_opened_investigation_is_disapprove(analyse_text, text):
    assert "DISAPPROVE" in _types(analyse_text(text))


def test_investigation_as_background_is_no_event(analyse_text):
    assert "DISAPPROVE" not in _types(analyse_text("Das Ermittlungsverfahren kam im Wahlkampf zur Sprache."))


# --- prosecutors or police checking an offence or tips are investigating: DISAPPROVE investigate
@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft Bonn prüft derzeit, welche Straftatbestände in Frage kommen.",
    "Die Polizei in Leipzig prüft Hinweise aus der Bevölkerung.",
])
def test_prosecutors_checking_is_investigation(analyse_text, text):
    assert "DISAPPROVE" in _types(analyse_text(text))


def test_checking_a_proposal_is_no_event(analyse_text):
    assert analyse_text("Die Landesregierung prüft den Vorschlag der Kommission.") == []


# --- "gesucht" for a crime or with a warrant: the state hunts a suspect (COERCE); seeking talks is not
@pytest.mark.parametrize("text", [
    "Der frühere Milizenführer wird seit Jahren wegen Kriegsverbrechen gesucht.",
    "Der ehemalige General wird mit internationalem Haftbefehl gesucht.",
])
def test_wanted_person_is_coerce(analyse_text, text):
    assert "COERCE" in _types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Wegen der Krise sucht die Regierung das Gespräch mit der Opposition.",
    "Wegen des Bürgerkriegs suchen Tausende Schutz im Nachbarland.",
])
def test_seeking_talks_or_shelter_is_no_coerce(analyse_text, text):
    assert "COERCE" not in _types(analyse_text(text))


# --- a petition is a request: DEMAND (also as the head of a compound)
@pytest.mark.parametrize("text", [
    "Die Anwohner übergaben dem Bürgermeister eine Petition gegen den Ausbau des Flughafens.",
    "Im März hatten die Lehrer dem Minister eine Sammelpetition geschickt.",
])
def test_petition_is_demand(analyse_text, text):
    assert "DEMAND" in _types(analyse_text(text))


# --- the state obstructing reporters or helpers is COERCE restrict; an obstacle of the weather is none
@pytest.mark.parametrize("text", [
    "Die Polizei behinderte die Arbeit der Reporter vor dem Parlament.",
    "Trotz behördlicher Behinderungen konnten die Helfer in das Erdbebengebiet gelangen.",
])
def test_obstructing_press_or_helpers_is_coerce(analyse_text, text):
    assert "COERCE" in _types(analyse_text(text))


def test_obstacle_of_the_weather_is_no_event(analyse_text):
    assert analyse_text("Die Suche nach den Vermissten wird durch das schlechte Wetter behindert.") == []


# --- reporting someone to the police for an offence ("wegen ... angezeigt") is DISAPPROVE allege;
#     reporting oneself and a display are not
@pytest.mark.parametrize("text", [
    "Der Stadtrat wurde wegen Beleidigung angezeigt.",
    "Die Opposition zeigte den Bürgermeister wegen Untreue an.",
])
def test_criminal_complaint_is_disapprove(analyse_text, text):
    assert "DISAPPROVE" in _types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Die Grafik zeigt die Zahl der Opfer an.",
    "Der frühere Manager hatte sich wegen der Zahlungen selbst bei der Polizei angezeigt.",
])
def test_display_or_self_report_is_no_disapprove(analyse_text, text):
    assert "DISAPPROVE" not in _types(analyse_text(text))


# --- offering one's resignation is a concession (CONCEDE), not an offer in negotiations (AGREE)
@pytest.mark.parametrize("text", [
    "Der Innenminister bot dem Parlament seinen Rücktritt an.",
    "Angesichts der Proteste hat die Bürgermeisterin ihren Rücktritt angeboten.",
])
def test_offered_resignation_is_concede(analyse_text, text):
    types = _types(analyse_text(text))
    assert "CONCEDE" in types and "AGREE" not in types


def test_offer_of_talks_stays_agree(analyse_text):
    assert "AGREE" in _types(analyse_text("Die Regierung bot der Opposition Gespräche über eine Reform an."))


# --- the comma before an extended zu-infinitive is optional: "angekündigt ihr Amt niederzulegen" is
#     an announced resignation (CONCEDE future) as with the comma
@pytest.mark.parametrize("text", [
    "Die Abgeordnete hat am Montag angekündigt ihr Mandat niederzulegen.",
    "Die Abgeordnete hat am Montag angekündigt, ihr Mandat niederzulegen.",
])
def test_announced_resignation_without_comma_is_concede_future(analyse_text, text):
    evs = [e for e in analyse_text(text) if e["type"] == "CONCEDE"]
    assert [e["modality"] for e in evs] == ["future"]


def test_resignation_done_stays_retreat(analyse_text):
    assert "RETREAT" in _types(analyse_text("Der Verkehrsminister ist am Freitag zurückgetreten."))


def test_decided_withdrawal_without_comma_is_concede_future(analyse_text):
    evs = [e for e in analyse_text("Die Regierung hat beschlossen die Truppen aus der Region abzuziehen.")
           if e["type"] == "CONCEDE"]
    assert [e["modality"] for e in evs] == ["future"]


# --- nouns of an announced or offered resignation are CONCEDE (the resignation is still to come)
@pytest.mark.parametrize("text", [
    "Die Rücktrittsankündigung des Ministerpräsidenten überraschte die Koalition.",
    "Die Parteiführung wusste seit Wochen von der Rücktrittsabsicht des Kanzlers.",
])
def test_announced_resignation_nouns_are_concede(analyse_text, text):
    types = _types(analyse_text(text))
    assert "CONCEDE" in types and "RETREAT" not in types


# --- "vor Gericht stehen" is a trial (DISAPPROVE allege) with the accused as its target; people
#     standing in front of a court building are not
@pytest.mark.parametrize("text", [
    "Der frühere Innenminister steht seit Montag vor Gericht.",
    "Zwei Polizeibeamte standen in Hamburg wegen Körperverletzung im Amt vor Gericht.",
])
def test_standing_trial_is_disapprove(analyse_text, text):
    assert "DISAPPROVE" in _types(analyse_text(text))


def test_standing_trial_targets_the_accused(analyse_text):
    evs = [e for e in analyse_text("Der frühere Innenminister steht seit Montag vor Gericht.")
           if e["type"] == "DISAPPROVE"]
    assert evs and "GOV" in [a.get("actor_code") for a in evs[0]["target"]]


def test_crowd_in_front_of_the_court_is_no_trial(analyse_text):
    assert "DISAPPROVE" not in _types(analyse_text("Vor dem Gericht standen Hunderte Demonstranten."))


# --- a relative clause's pronoun stands for a noun of the clause before: the object words a trigger
#     needs may stand there ("eine Bombe, die … gezündet wurde")
@pytest.mark.parametrize("text", [
    "In der Stadt starben zwölf Menschen durch eine Bombe, die auf einem Markt gezündet worden war.",
    "Die Polizei fand Reste eines Sprengsatzes, der im Bus gezündet wurde.",
])
def test_relative_clause_sees_the_antecedent_noun(analyse_text, text):
    assert "ASSAULT" in _types(analyse_text(text))


def test_ignition_without_explosives_is_no_attack(analyse_text):
    assert "ASSAULT" not in _types(analyse_text("Zum Jahreswechsel wurde am Hafen ein großes Feuerwerk gezündet."))


# --- detonating explosives of any name is an attack
@pytest.mark.parametrize("text", [
    "Rebellen zündeten eine Sprengladung vor der Kaserne.",
    "Vor dem Ministerium wurde eine Autobombe gezündet.",
])
def test_detonating_explosives_is_assault(analyse_text, text):
    assert "ASSAULT" in _types(analyse_text(text))


# --- extending a peace mission or a military mission abroad is AID (PLOVER's peacekeepers)
@pytest.mark.parametrize("text", [
    "Der Sicherheitsrat hat die UN-Mission im Sudan um ein Jahr verlängert.",
    "Beide Regierungen forderten eine Verlängerung des EU-Militäreinsatzes.",
])
def test_extended_mission_is_aid(analyse_text, text):
    assert "AID" in _types(analyse_text(text))


def test_extended_contract_is_no_aid(analyse_text):
    assert "AID" not in _types(analyse_text("Der Verein hat den Vertrag mit dem Trainer verlängert."))


# --- suspecting a party behind an act ("vermutet X hinter", "als Drahtzieher vermutet") is an
#     accusation: DISAPPROVE allege; a guess about the weather is none
@pytest.mark.parametrize("text", [
    "Als Drahtzieher des Anschlags wird eine Untergrundorganisation vermutet.",
    "Der Innenminister vermutet hinter den Krawallen eine straff geführte Organisation.",
    "Die Präsidentin vermutet einen Putsch der Armee.",
])
def test_suspecting_a_party_is_disapprove(analyse_text, text):
    assert "DISAPPROVE" in _types(analyse_text(text))


def test_plain_guess_is_no_event(analyse_text):
    assert analyse_text("Meteorologen vermuten einen milden Winter.") == []


# --- troops, rebels or militias occupying a place is an armed act (ASSAULT occupy); protesters
#     occupying a building stay PROTEST
@pytest.mark.parametrize("text", [
    "Die Truppen des Nordens haben mit Panzern die Grenzstadt besetzt.",
    "Die Besetzung der Stadt durch Rebellen dauerte drei Wochen.",
])
def test_occupation_by_forces_is_assault(analyse_text, text):
    types = _types(analyse_text(text))
    assert "ASSAULT" in types and "PROTEST" not in types


def test_occupation_by_protesters_stays_protest(analyse_text):
    assert "PROTEST" in _types(analyse_text("Studenten besetzten aus Protest gegen die Gebühren das Rektorat."))


# --- helping a country in a search, rescue or rebuilding is material help: AID, not SUPPORT
@pytest.mark.parametrize("text", [
    "Japan unterstützt Indonesien bei der Suche nach Überlebenden.",
    "Die EU unterstützt die Ukraine beim Wiederaufbau der Stromnetze.",
])
def test_helping_with_rescue_is_aid(analyse_text, text):
    types = _types(analyse_text(text))
    assert "AID" in types and "SUPPORT" not in types


def test_backing_a_plan_stays_support(analyse_text):
    assert "SUPPORT" in _types(analyse_text("Frankreich unterstützt den Plan der Kommission."))


# --- reinforcements of the National Guard or riot police sent to a city are MOBILIZE, not SUPPORT
@pytest.mark.parametrize("text", [
    "Der Gouverneur forderte die Unterstützung der Nationalgarde an.",
    "Am Morgen traf die erste Unterstützung durch die Bereitschaftspolizei in der Stadt ein.",
])
def test_reinforcements_are_mobilize(analyse_text, text):
    types = _types(analyse_text(text))
    assert "MOBILIZE" in types and "SUPPORT" not in types


# --- the police pushing people back ("zurückdrängen", "abdrängen") is COERCE; pushing back an
#     influence is no event
@pytest.mark.parametrize("text", [
    "Die Polizei drängte die Demonstranten bis zum Bahnhof zurück.",
    "Die Reporter wurden von Polizisten abgedrängt.",
])
def test_pushing_people_back_is_coerce(analyse_text, text):
    assert "COERCE" in _types(analyse_text(text))


def test_pushing_back_influence_is_no_coerce(analyse_text):
    text = "Der Konzern will den Einfluss des Landes auf die Unternehmenspolitik zurückdrängen."
    assert "COERCE" not in _types(analyse_text(text))


# --- nouns of violence that name an attack: ethnic cleansing, hunts on people, storming raids,
#     gunshot wounds, military actions
@pytest.mark.parametrize("text", [
    "Milizen verübten ethnische Säuberungen in der Provinz.",
    "Nach den Gerüchten kam es zu Hetzjagden auf Flüchtlinge.",
    "Die Stürmung des Viertels durch die Armee dauerte die ganze Nacht.",
    "Ein Demonstrant erlag später seiner Schussverletzung.",
    "Bei einer nächtlichen Militäraktion wurden Hunderte Studenten getötet.",
])
def test_violence_nouns_are_assault(analyse_text, text):
    assert "ASSAULT" in _types(analyse_text(text))


def test_cleaning_is_no_assault(analyse_text):
    assert "ASSAULT" not in _types(analyse_text("Die Säuberung der Strände kostete die Gemeinde viel Geld."))


# --- protest and riot nouns: "Demo" and "Marsch" (also as compound heads), "Protestzug", "Randale";
#     more police controls announced against local disorder are MOBILIZE
@pytest.mark.parametrize("text,type_", [
    ("Die Veranstalter sprachen von der größten Friedensdemo in der Geschichte der Stadt.", "PROTEST"),
    ("Ein Schweigemarsch führte am Samstag Tausende Menschen durch die Innenstadt.", "PROTEST"),
    ("Der Protestzug zog am Nachmittag vor das Rathaus.", "PROTEST"),
    ("In der Nacht kam es in mehreren Vierteln zu Randale.", "PROTEST"),
    ("Die Polizei kündigte rund um den Bahnhof mehr Polizeikontrollen an.", "MOBILIZE"),
])
def test_protest_and_policing_nouns(analyse_text, text, type_):
    assert type_ in _types(analyse_text(text))


def test_march_of_troops_is_no_protest(analyse_text):
    assert "PROTEST" not in _types(analyse_text("Der Marsch der Truppen auf die Hauptstadt begann im Morgengrauen."))


# --- putting pressure on a party ("Druck ausüben auf", "auf Druck der Regierung") is DEMAND;
#     being under pressure is not an act
@pytest.mark.parametrize("text", [
    "Die USA übten großen Druck auf die afghanische Regierung aus.",
    "Auf Druck der Landesregierung legte der Bürgermeister seinen Plan dem Stadtrat vor.",
])
def test_pressure_is_demand(analyse_text, text):
    assert "DEMAND" in _types(analyse_text(text))


def test_under_pressure_is_no_event(analyse_text):
    assert "DEMAND" not in _types(analyse_text("Der Minister geriet durch die Affäre unter Druck."))


# --- ordering troops or police to a place ("beordern") is MOBILIZE
@pytest.mark.parametrize("text", [
    "Tausende Soldaten wurden in die überflutete Region beordert.",
    "Der Gouverneur beorderte zusätzliche Polizisten in die Innenstadt.",
])
def test_ordering_forces_is_mobilize(analyse_text, text):
    assert "MOBILIZE" in _types(analyse_text(text))


# --- imposing a no-fly zone is a restriction (COERCE restrict)
@pytest.mark.parametrize("text", [
    "Der Sicherheitsrat beschloss, über dem Land eine Flugverbotszone einzurichten.",
    "Die Nato überwacht seit Montag die Flugverbotszone über Libyen.",
])
def test_no_fly_zone_is_coerce(analyse_text, text):
    assert "COERCE" in _types(analyse_text(text))


# --- soldiers or police "im Einsatz" are deployed: MOBILIZE; the use of force ("Einsatz von
#     Gewalt") is no deployment
def test_forces_deployed_are_mobilize(analyse_text):
    assert "MOBILIZE" in _types(analyse_text("In der Nacht waren in Lyon etwa 1.300 Polizisten im Einsatz."))


def test_use_of_force_is_no_deployment(analyse_text):
    text = "Die Regierung drohte mit dem Einsatz von Soldaten gegen die Demonstranten."
    assert "MOBILIZE" not in _types(analyse_text(text))
