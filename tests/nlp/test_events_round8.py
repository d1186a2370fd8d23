"""Issue 10, eighth session: general classes found in the errors of the dev3 part and own probe
sentences (investigations, feared acts, accusations and displeasure in other words, control of a
"zu lassen" infinitive). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


# --- investigations of an incident or an accusation are PLOVER ACCUSE 'investigate'
@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft leitete eine Untersuchung des Vorfalls ein.",
    "Die Vereinten Nationen forderten eine unabhängige Untersuchung der Todesfälle.",
    "Eine Kommission soll die Vorwürfe gegen den Bürgermeister untersuchen.",
    "Die Universität will dem Vorwurf des Betrugs weiter nachgehen.",
])
def test_investigation_of_an_incident_is_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text", [
    "Eine Untersuchung der Universität zeigt, dass Kinder weniger schlafen.",
    "Forscher untersuchen seit Jahren die Wanderung der Vögel.",
])
def test_study_is_no_investigation(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_announced_investigation_is_done_by_the_announcer(analyse_text):
    evs = of_type(analyse_text("Der Präsident kündigte an, die Todesumstände untersuchen zu lassen."),
                   "DISAPPROVE")
    assert evs and evs[0]["modality"] == "future" and evs[0]["source"]


# --- a hostile act after a word of fear or warning has not happened
@pytest.mark.parametrize("text", [
    "Die US-Botschaft warnte vor Anschlägen in Nairobi.",
    "Die Behörden befürchten einen Anschlag während des Gipfels.",
    "Die Regierung sprach von der Gefahr weiterer Angriffe.",
])
def test_feared_act_without_doer_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


def test_feared_act_with_named_doer_is_hypothetical(analyse_text):
    evs = of_type(analyse_text("Israel befürchtet einen Angriff des Iran."), "ASSAULT")
    assert [e["modality"] for e in evs] == ["hypothetical"]


def test_reported_attack_after_warning_verb_elsewhere_stays(analyse_text):
    evs = analyse_text("Die Polizei warnte die Bevölkerung. Am Abend griffen Rebellen die Kaserne an.")
    assert [e["modality"] for e in of_type(evs, "ASSAULT")] == ["asserted"]


# --- accusations and displeasure in other words
@pytest.mark.parametrize("text", [
    "Dem Angeklagten wird Verschwörung zum Mord zur Last gelegt.",
    "Die Opposition lastet der Regierung das Chaos an.",
    "Deutschland wurde von der EU-Kommission verwarnt.",
    "Der deutsche Außenminister äußerte seine Enttäuschung über die Entscheidung der Regierung in Ankara.",
    "Die Kanzlerin reagierte irritiert auf die Äußerungen des russischen Präsidenten.",
    "Die Opposition will den Fall vor den Europäischen Gerichtshof für Menschenrechte bringen.",
])
def test_accusation_or_displeasure_is_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_the_annoyed_party_is_the_source(analyse_text):
    evs = of_type(analyse_text("Die Kandidatur des früheren Diktators verstimmte die USA und die Niederlande."),
                   "DISAPPROVE")
    assert evs and sorted(a.get("country") or a.get("actor_code") for a in evs[0]["source"]) == ["NLD", "USA"]


def test_disappointment_alone_is_no_event(analyse_text):
    assert not of_type(analyse_text("Die Enttäuschung war am Abend groß."), "DISAPPROVE")


# --- looming dangers are no threats
@pytest.mark.parametrize("text", [
    "Es drohe eine dramatische Erderwärmung, sagte die Ministerin.",
    "Dem Land droht eine schwere Rezession.",
])
def test_looming_danger_is_no_threat(analyse_text, text):
    assert not of_type(analyse_text(text), "THREATEN")


# --- withdrawing a title is a sanction
def test_withdrawn_title_is_sanction(analyse_text):
    assert of_type(analyse_text("Die Universität hat dem Minister den Doktortitel aberkannt."), "SANCTION")


# --- failed talks: the agreement that did not come about (PLOVER AGREE, negated)
@pytest.mark.parametrize("text", [
    "Die Verhandlungen zwischen Israel und Ägypten sind gescheitert.",
    "Der Ratspräsident erklärte am Abend das Scheitern des Gipfels.",
])
def test_failed_talks_are_negated_agree(analyse_text, text):
    evs = of_type(analyse_text(text), "AGREE")
    assert evs and all(e["negated"] for e in evs)


def test_talks_that_did_not_fail_are_not_negated(analyse_text):
    evs = of_type(analyse_text("Die Gespräche zwischen Kuba und Mexiko sind nicht gescheitert."), "AGREE")
    assert evs and not any(e["negated"] for e in evs)


# --- plans: a decision or readiness to talk, a relative clause that plans the talks
@pytest.mark.parametrize("text", [
    "Die Grünen fassten den Beschluss, Koalitionsgespräche mit der CDU zu führen.",
    "Die EU setzt auf die Gespräche mit Russland, die im Herbst stattfinden sollen.",
    "Die Regierung signalisierte Verhandlungsbereitschaft.",
])
def test_planned_talks_are_agree(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE")


def test_talks_in_relative_clause_without_plan_stay_consult(analyse_text):
    evs = analyse_text("Die EU lobte die Gespräche mit Russland, die am Montag in Genf stattfanden.")
    assert not [e for e in of_type(evs, "AGREE") if e["trigger"]["text"] == "Gespräche"]


# --- police and state acts named in other words
@pytest.mark.parametrize("text, type_", [
    ("Türkische Behörden haben den Zugang zu Wikipedia blockiert.", "COERCE"),
    ("Der Mann wurde in seiner Wohnung gefunden, der Zugriff erfolgte schnell.", "COERCE"),
    ("Auf Weisung des Präsidenten wurde der Stadtrat aufgelöst.", "COERCE"),
    ("Der Aktivist hatte drei Jahre Haft abgesessen.", "COERCE"),
])
def test_state_act_in_other_words(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


def test_demonstrators_blocking_a_road_still_protest(analyse_text):
    evs = analyse_text("Demonstranten blockierten die Hauptstraße der Stadt.")
    assert of_type(evs, "PROTEST") and not of_type(evs, "COERCE")


# --- the Pope of 1979 is the Holy See
def test_pope_john_paul_is_the_holy_see(analyse_text):
    evs = of_type(analyse_text("Johannes Paul II. hatte dem Theologen im Jahr 1979 die Lehrerlaubnis entzogen."),
                   "SANCTION")
    assert evs and [a.get("country") or (a.get("actor_code") or "")[:3] for a in evs[0]["source"]] == ["VAT"]


# --- fines and seizures
@pytest.mark.parametrize("text, type_", [
    ("Das Gericht verhängte eine Geldstrafe gegen den Konzern.", "SANCTION"),
    ("Die Polizei stellte bei der Razzia Waffen und Munition sicher.", "COERCE"),
])
def test_fine_and_seizure(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


def test_making_sure_is_no_seizure(analyse_text):
    assert not of_type(analyse_text("Die Regierung stellte sicher, dass die Wahlen stattfinden."), "COERCE")


# --- no meeting between parties: a body's own session, "im Gespräch", an interview
@pytest.mark.parametrize("text", [
    "Am Freitag tagte der Rechtsausschuss des Bundestages.",
    "Als Nachfolger ist der frühere Außenminister im Gespräch.",
    "Der Minister äußerte sich in einem Gespräch mit der Tageszeitung „Die Welt“.",
    "Der Bankchef dachte in einem Gespräch mit der „Financial Times“ über Nachfolger nach.",
])
def test_no_meeting_between_parties(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text", [
    "Zu einer Krisensitzung kamen die Außenminister der Europäischen Union am Sonntag zusammen.",
    "Die Kanzlerin führte im Kanzleramt ein Gespräch mit dem französischen Präsidenten.",
])
def test_meetings_between_parties_stay(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT")


# --- refusal in other words (PLOVER REJECT)
@pytest.mark.parametrize("text", [
    "Der Außenminister hatte ein militärisches Eingreifen Australiens ausgeschlossen.",
    "Der Präsident stellte das Existenzrecht Israels in Frage.",
    "Wir Deutsche werden uns nicht an einem Krieg in Libyen beteiligen.",
    "Die SPD wird die Abschaffung des Kündigungsschutzes nicht mittragen.",
    "Der Minister trat dem Vorwurf der Opposition entgegen.",
    "Der Angeklagte beteuerte stets seine Unschuld.",
    "Die Regierung kam der Aufforderung der Kommission nicht nach.",
])
def test_refusal_in_other_words_is_reject(analyse_text, text):
    assert of_type(analyse_text(text), "REJECT")


@pytest.mark.parametrize("text", [
    "Die Partei wurde aus der Koalition ausgeschlossen.",
    "Die Bundeswehr beteiligt sich an dem Einsatz in Mali.",
    "Für den Vorstand stellt sich nun die Frage nach seiner Zukunft.",
    "Die Regierung kam der Aufforderung der Kommission nach.",
])
def test_no_refusal(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


# --- an opinion framed by "nach Ansicht von X" / "aus Sicht von X" is weighed like a quote of X
def test_opinion_frame_is_the_holders_stance(analyse_text):
    evs = of_type(analyse_text("Aus Sicht der Gewerkschaft ist das Angebot der Arbeitgeber eine Provokation."),
                   "DISAPPROVE")
    assert evs and [a.get("actor_code") for a in evs[0]["source"]] == ["LAB"]


def test_neutral_opinion_frame_is_no_event(analyse_text):
    evs = analyse_text("Nach Ansicht der Gewerkschaft wird die Tarifrunde im Herbst beginnen.")
    assert not of_type(evs, "DISAPPROVE") and not of_type(evs, "SUPPORT")


# --- future by dates and scene: a later week plans a summit; a meeting that sets the scene keeps its time
def test_summit_in_a_later_week_is_planned(analyse_text):
    evs = analyse_text("Die Kanzlerin hat die Erwartungen an den Euro-Gipfel Ende der nächsten Woche gedämpft.")
    assert [e["modality"] for e in evs if e["trigger"]["text"] == "Euro-Gipfel"] == ["future"]


def test_meeting_in_last_week_is_not_planned(analyse_text):
    evs = analyse_text("Das Treffen in der vergangenen Woche brachte keine Einigung.")
    assert all(e["modality"] != "future" for e in evs)


def test_scene_setting_meeting_keeps_its_time(analyse_text):
    evs = analyse_text("Beide Gesprächsteilnehmer wollten bei dem Treffen Streitfragen vermeiden.")
    assert [e["type"] for e in evs if e["trigger"]["text"] == "Treffen"] == ["CONSULT"]


# --- whose party, whose state
def test_generic_party_name_is_the_settings_party(analyse_text):
    evs = analyse_text("In Bangkok gingen am Samstag Tausende auf die Straße. "
                       "Die Demokratische Partei forderte die Öffentlichkeit auf, wachsam zu bleiben.")
    dem = of_type(evs, "DEMAND")
    assert dem and [a.get("actor_code") for a in dem[0]["source"]] == ["THAPTY"]


def test_party_with_its_country_named_keeps_it(analyse_text):
    evs = of_type(analyse_text("Die Demokratische Partei der USA kritisierte den Präsidenten."), "DISAPPROVE")
    assert evs and [a.get("actor_code") for a in evs[0]["source"]] == ["USAPTY"]


def test_state_with_its_adjective_is_that_country(analyse_text):
    evs = of_type(analyse_text("Die Krone sorgt für Spannungen zwischen Mexiko und Österreich. "
                                "Seit Jahren fordert der mexikanische Staat die Rückgabe des Kunstwerks."), "DEMAND")
    assert evs and [a.get("country") for a in evs[0]["source"]] == ["MEX"]


# --- defending against criticism is rejecting it; defending a plan is support
def test_defending_against_criticism_is_reject(analyse_text):
    evs = analyse_text("Die Ministerin hat die Studiengebühren gegen neue Kritik der Opposition verteidigt.")
    assert of_type(evs, "REJECT") and not of_type(evs, "SUPPORT")


def test_defending_a_plan_is_support(analyse_text):
    assert of_type(analyse_text("Der Ausschussvorsitzende verteidigte den Gesetzentwurf der Regierung."), "SUPPORT")


# --- verdicts with a penalty, green light, release, standby, planned operations
@pytest.mark.parametrize("text, type_", [
    ("Der richterliche Urteilsspruch lautet nun auf 18 Monate ohne Bewährung.", "SANCTION"),
    ("Das Ministerium hatte grünes Licht für die Wiederaufnahme des Betriebs gegeben.", "AGREE"),
    ("Der Mann ist nun wieder auf freiem Fuß.", "RETREAT"),
    ("Die Regierung hat Mannschaften des Katastrophenschutzes in Bereitschaft versetzt.", "MOBILIZE"),
])
def test_court_and_state_acts_in_other_words(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


def test_light_at_the_end_of_the_tunnel_is_no_agreement(analyse_text):
    assert not of_type(analyse_text("Die Grünen sehen Licht am Ende des Tunnels."), "AGREE")


def test_planned_military_operation_is_future(analyse_text):
    evs = of_type(analyse_text("Der Premierminister erklärte, Frankreich plane militärische Operationen gegen Libyen."),
                   "ASSAULT")
    assert evs and all(e["modality"] != "asserted" for e in evs)


def test_criticism_a_rejection_answers_is_an_event(analyse_text):
    evs = analyse_text("Die Regierung wies die Kritik der Opposition zurück.")
    assert of_type(evs, "REJECT") and of_type(evs, "DISAPPROVE")


# --- an act the story announced, named again, is still to come
def test_announced_resignation_named_again_stays_future(analyse_text):
    evs = analyse_text("Der Präsident hat am Montag angekündigt, zum 28. Februar zurückzutreten. "
                       "Der Rücktritt kam für viele überraschend.")
    again = [e for e in evs if e["trigger"]["text"] == "Rücktritt"]
    assert again and again[0]["type"] == "CONCEDE" and again[0]["modality"] == "future"


def test_resignation_that_happened_stays_retreat(analyse_text):
    evs = analyse_text("Der Minister ist am Montag zurückgetreten. Der Rücktritt kam für viele überraschend.")
    again = [e for e in evs if e["trigger"]["text"] == "Rücktritt"]
    assert again and again[0]["type"] == "RETREAT"


# --- criticism voiced now is not planned; respect aimed at an actor is support
@pytest.mark.parametrize("text", [
    "Kritik wird an der Entscheidung des Senders laut.",
    "Schon 2006 war vereinzelt Kritik an der Regierung laut geworden.",
])
def test_voiced_criticism_is_asserted(analyse_text, text):
    evs = of_type(analyse_text(text), "DISAPPROVE")
    assert evs and all(e["modality"] == "asserted" for e in evs)


def test_future_with_laut_as_preposition_stays_future(analyse_text):
    evs = of_type(analyse_text("Laut Reuters wird die Regierung Sanktionen gegen Russland verhängen."), "SANCTION")
    assert evs and evs[0]["modality"] == "future"


def test_respect_for_an_actor_is_support(analyse_text):
    assert of_type(analyse_text("Die Bundesregierung zollte dem Papst ihren allerhöchsten Respekt."), "SUPPORT")


# --- satisfaction about what another party did is support; with one's own result it is none
@pytest.mark.parametrize("text", [
    "Die US-Delegationsleiterin äußerte sich zufrieden über den Bericht der Vereinten Nationen.",
    "Die Oberbürgermeisterin zeigte sich erfreut über die Mobilisation der Bürger.",
    "Umweltorganisationen bewerteten den Bericht der Regierung positiv.",
])
def test_satisfaction_about_others_is_support(analyse_text, text):
    assert of_type(analyse_text(text), "SUPPORT")


def test_satisfaction_with_own_result_is_no_event(analyse_text):
    assert not of_type(analyse_text("Die Veranstalter zeigten sich mit dem Ergebnis zufrieden."), "SUPPORT")


def test_police_turning_out_in_force_is_mobilize(analyse_text):
    assert of_type(analyse_text("Die Polizei rückte mit einem Großaufgebot aus."), "MOBILIZE")


def test_moving_up_is_no_mobilisation(analyse_text):
    assert not of_type(analyse_text("Die Kinder rückten im Klassenzimmer zusammen."), "MOBILIZE")


# --- in a war report the named attacker goes on attacking when the next attacks name no doer
def test_attacker_continues_in_agentless_attacks(analyse_text):
    evs = analyse_text("Israelische Kampfflugzeuge setzten ihre Angriffe auf Ziele im Gazastreifen fort. "
                       "Seit Mitternacht wurden insgesamt 35 Angriffe gegen Ziele im Gazastreifen geflogen.")
    later = [e for e in evs if e["type"] == "ASSAULT" and e["trigger"]["text"] == "geflogen"]
    assert later and [a.get("country") for a in later[0]["source"]] == ["ISR"]


def test_attack_on_the_attackers_country_is_not_theirs(analyse_text):
    evs = analyse_text("Israelische Kampfflugzeuge griffen Ziele im Gazastreifen an. "
                       "In der Nacht wurden israelische Städte mit Raketen beschossen.")
    later = [e for e in evs if e["type"] == "ASSAULT" and e["trigger"]["text"] == "beschossen"]
    assert later and "ISRMIL" not in [a.get("actor_code") for a in later[0]["source"]]
