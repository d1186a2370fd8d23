"""Issue 10, ninth session: a member of a body acts for that body ("Der Generalsekretär der
Nato", "Ein Ratsmitglied der EZB"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


# --- a member noun opening the clause: its genitive body is the doer, not the target
@pytest.mark.parametrize("text,type_,source,target", [
    ("Der Generalsekretär der Nato traf den ukrainischen Präsidenten.", "CONSULT", "IGOWSTNAT", "UKRGOV"),
    ("Am Montag traf der Generalsekretär der Nato den ukrainischen Präsidenten.", "CONSULT", "IGOWSTNAT", "UKRGOV"),
    ("Ein Ratsmitglied der Europäischen Zentralbank forderte die griechische Regierung zu Reformen auf.",
     "DEMAND", "IGOEURECB", "GRCGOV"),
    ("Die Chefanklägerin des Internationalen Strafgerichtshofs beschuldigte den sudanesischen Präsidenten.",
     "DISAPPROVE", "IGOICC", "SDNGOV"),
    ("Der Gouverneursrat der Internationalen Atomenergiebehörde kritisierte den Iran.", "DISAPPROVE",
     "IGOUNOIAE", "IRN"),
    ("Der Vorsitzende der SPD kritisierte die Bundesregierung.", "DISAPPROVE", "DEUPTY", "DEUGOV"),
])
def test_member_subject_acts_for_its_body(analyse_text, text, type_, source, target):
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["source"]) == [source] and actor_codes(evs[0]["target"]) == [target]


def test_member_noun_as_object_keeps_its_body_a_target(analyse_text):
    evs = of_type(analyse_text("Die Regierung verurteilte den Direktor der Internationalen Atomenergiebehörde."),
                   "DISAPPROVE")
    assert evs and "IGOUNOIAE" in actor_codes(evs[0]["target"])


# --- a role of a body in an apposition gives the person that body's code
@pytest.mark.parametrize("text,source", [
    ("Erika Beispiel, Ratsmitglied der Europäischen Zentralbank, kritisierte die griechische Regierung.", "IGOEURECB"),
    ("Der EU-Kommissar Karl Probe forderte die griechische Regierung zu Reformen auf.", "IGOEUREEC"),
])
def test_member_role_in_apposition_codes_the_person(analyse_text, text, source):
    evs = [e for e in analyse_text(text) if e["type"] in ("DISAPPROVE", "DEMAND")]
    assert evs and actor_codes(evs[0]["source"]) == [source]


# --- "soll" in the narrator's main clause is a schedule; "solle" after a demand stays demanded
@pytest.mark.parametrize("text", [
    "Das Treffen der Außenminister soll im März in Wien stattfinden.",
    "Die Außenminister sollen sich im März in Wien treffen.",
])
def test_scheduled_meeting_is_agree_future(analyse_text, text):
    assert [e["modality"] for e in of_type(analyse_text(text), "AGREE")] == ["future"]


def test_hearsay_about_the_past_stays_asserted(analyse_text):
    evs = of_type(analyse_text("Bei dem Überfall auf die Kaserne sollen Rebellen drei Soldaten getötet haben."),
                   "ASSAULT")
    assert evs and all(e["modality"] == "asserted" for e in evs)


def test_demanded_act_after_a_demand_stays_demanded(analyse_text):
    evs = analyse_text("Die Opposition forderte, der Präsident solle sofort zurücktreten.")
    assert [e["modality"] for e in evs if e["type"] in ("RETREAT", "CONCEDE")] == ["demanded"]


# --- calling accusations baseless rejects them
@pytest.mark.parametrize("text", [
    "Russland bezeichnete die Vorwürfe als haltlos.",
    "Die Regierung nannte die Berichte über Folter frei erfunden.",
    "Der Minister bezeichnete die Anschuldigungen als unbegründet.",
])
def test_calling_accusations_baseless_is_reject(analyse_text, text):
    assert of_type(analyse_text(text), "REJECT")


def test_calling_a_decision_wrong_stays_disapprove(analyse_text):
    evs = analyse_text("Der Minister bezeichnete die Entscheidung als falsch.")
    assert of_type(evs, "DISAPPROVE") and not of_type(evs, "REJECT")


# --- a role noun without a country acts for the body in its genitive
@pytest.mark.parametrize("text,type_,source", [
    ("Ein Sprecher des russischen Außenministeriums kritisierte die Entscheidung der Nato.", "DISAPPROVE", "RUSGOV"),
    ("Ein Sprecher des Außenministeriums in Moskau kritisierte die Entscheidung der Nato.", "DISAPPROVE", "RUSGOV"),
    ("Soldaten der kenianischen Armee nahmen drei Rebellen fest.", "COERCE", "KENMIL"),
])
def test_role_noun_acts_for_the_body_in_its_genitive(analyse_text, text, type_, source):
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["source"]) == [source]


def test_land_of_an_anaphor_is_not_a_body(analyse_text):
    evs = of_type(analyse_text("Haiti bat um Hilfe. Der Botschafter des Landes in den USA rief die "
                                "Weltgemeinschaft zur Hilfe auf."), "DEMAND")
    assert evs and actor_codes(evs[-1]["source"]) == ["HTIGOV"]


# --- an office in the genitive is an actor ("den Rücktritt des Innenministers")
@pytest.mark.parametrize("text,code", [
    ("Die Demonstranten forderten den Rücktritt des Innenministers.", "GOV"),
    ("Die Opposition verlangte die Freilassung des Oppositionsführers.", "OPP"),
])
def test_office_in_the_genitive_is_the_demand_target(analyse_text, text, code):
    evs = [e for e in analyse_text(text) if e["modality"] == "demanded"]
    assert evs and code in {(a.get("actor_code") or "")[-3:] for e in evs for a in e["source"] + e["target"]}


# --- verbs added to the lexicon in the ninth session
@pytest.mark.parametrize("text,type_", [
    ("Die Behörden verwehrten den Journalisten die Einreise.", "COERCE"),
    ("Der Diplomat wurde des Landes verwiesen.", "SANCTION"),
    ("Der Reporter wurde des Landes verwiesen.", "COERCE"),
    ("Der Papst plädierte für Verhandlungen zwischen den Kriegsparteien.", "SUPPORT"),
    ("Die Rebellen nahmen zwei Dörfer im Norden ein.", "ASSAULT"),
])
def test_new_lexicon_verbs(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


def test_referring_to_the_land_is_no_expulsion(analyse_text):
    assert not analyse_text("Der Minister verwies auf die schwierige Lage des Landes.")


def test_representatives_of_a_sector_body_are_that_sector(analyse_text):
    evs = of_type(analyse_text("Der Minister traf Vertreter der Opposition."), "CONSULT")
    assert evs and [a.get("actor_code", "")[-3:] for a in evs[0]["target"]] == ["OPP"]


def test_armed_members_of_a_body_keep_their_sector(analyse_text):
    evs = of_type(analyse_text("Truppen des jemenitischen Staates griffen Stellungen der Rebellen an."), "ASSAULT")
    assert evs and actor_codes(evs[0]["source"]) == ["YEMMIL"]


# --- surrender is RETREAT; "es ergab sich", poll approval are no events
@pytest.mark.parametrize("text", [
    "Der Mafiaboss ergab sich der Polizei ohne Widerstand.",
    "Die Rebellen ergaben sich den Regierungstruppen.",
])
def test_surrender_is_retreat(analyse_text, text):
    assert of_type(analyse_text(text), "RETREAT")


@pytest.mark.parametrize("text", [
    "Daraus ergibt sich eine schwierige Lage für die Regierung.",
    "Da ergibt sich die Antwort von selbst.",
    "Die Partei hat in den Umfragen deutlich an Zustimmung verloren.",
])
def test_no_event_in_figures_of_speech(analyse_text, text):
    assert not [e for e in analyse_text(text) if e["type"] in ("RETREAT", "AGREE")]


# --- an act told again with a definite article keeps its parties
def test_retold_meeting_keeps_its_parties(analyse_text):
    evs = of_type(analyse_text(
        "Der russische Präsident traf am Montag den türkischen Präsidenten in Ankara. "
        "Über das Treffen berichtete die Zeitung Hürriyet ausführlich."), "CONSULT")
    assert len(evs) == 2 and actor_codes(evs[1]["source"]) == actor_codes(evs[0]["source"])


def test_definite_act_noun_with_own_genitive_keeps_its_own(analyse_text):
    evs = of_type(analyse_text(
        "Der russische Präsident traf am Montag den türkischen Präsidenten in Ankara. "
        "Das Treffen der Außenminister Frankreichs und Deutschlands fand in Paris statt."), "CONSULT")
    assert evs and "FRA" in {(a.get("actor_code") or "")[:3] for a in evs[-1]["source"] + evs[-1]["target"]}


# --- a stance on a proposal or demand aims at its agent named in the genitive
@pytest.mark.parametrize("text,type_,target", [
    ("In Kenia gehen die Kämpfe weiter. Die Regierung lehnte das Friedensangebot der Rebellen ab.", "REJECT", "KENREB"),
    ("In Kenia gehen die Kämpfe weiter. Der Parlamentspräsident wies die Forderung der Opposition nach "
     "Neuwahlen zurück.", "REJECT", "KENOPP"),
])
def test_stance_on_a_proposal_aims_at_its_agent(analyse_text, text, type_, target):
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["target"]) == [target]


@pytest.mark.parametrize("text", [
    "Onlineangebot", "Sonderangebot",
])
def test_what_is_on_offer_is_no_offer(analyse_text, text):
    assert not of_type(analyse_text(f"Das {text} wurde am Montag erweitert."), "AGREE")


# --- meeting demands is CONCEDE; "stieß bei X auf Kritik" is X's reaction
@pytest.mark.parametrize("text,target", [
    ("Die Forderungen der Gewerkschaften wurden von der Regierung erfüllt.", "LAB"),
    ("Die Regierung kam der Forderung der Demonstranten nach.", "CVL"),
])
def test_meeting_a_demand_is_concede_to_the_demanders(analyse_text, text, target):
    evs = of_type(analyse_text(text), "CONCEDE")
    assert evs and actor_codes(evs[0]["target"]) == [target]


def test_refusing_a_demand_stays_reject(analyse_text):
    evs = analyse_text("Die Regierung kam der Aufforderung nicht nach.")
    assert of_type(evs, "REJECT") and not of_type(evs, "CONCEDE")


@pytest.mark.parametrize("text,type_,source,target", [
    ("Der Vorschlag stieß bei der Opposition auf Ablehnung.", "REJECT", ["OPP"], []),
    ("Der Plan der Regierung stieß bei der Opposition auf scharfe Kritik.", "DISAPPROVE", ["OPP"], ["GOV"]),
])
def test_met_with_reaction_comes_from_the_bei_phrase(analyse_text, text, type_, source, target):
    evs = of_type(analyse_text(text), type_)
    assert evs and actor_codes(evs[0]["source"]) == source and actor_codes(evs[0]["target"]) == target


@pytest.mark.parametrize("text,concede", [
    ("Die Regierung ging auf die Forderungen der Streikenden ein.", True),
    ("Auf ein interessantes Detail des Verfahrens geht die Zeitung ebenfalls ein.", False),
])
def test_going_into_a_demand_is_concede_a_detail_is_not(analyse_text, text, concede):
    assert bool(of_type(analyse_text(text), "CONCEDE")) is concede


# --- an abstract noun opening the clause is the fronted object of a verbal act
@pytest.mark.parametrize("text,type_,source", [
    ("Eine Beteiligung an dem Einsatz lehnte Berlin ab.", "REJECT", "DEU"),
    ("Die Entscheidung kritisierte die Opposition scharf.", "DISAPPROVE", "OPP"),
])
def test_abstract_opening_is_the_object(analyse_text, text, type_, source):
    evs = of_type(analyse_text(text), type_)
    assert evs and [(a.get("actor_code") or "")[-3:] if source == "OPP" else (a.get("actor_code") or "")[:3]
                    for a in evs[0]["source"]] == [source]


def test_experiencer_verb_keeps_its_swap(analyse_text):
    evs = of_type(analyse_text("Die Aufstellung des Kandidaten verstimmte die USA."), "DISAPPROVE")
    assert evs and actor_codes(evs[0]["source"]) == ["USA"]


# --- a parliament passing a bill at home is no AGREE; an attack of panic is no ASSAULT
@pytest.mark.parametrize("text", [
    "Am Freitag hat der Bundestag einer Gesetzesvorlage zur Flugsicherung zugestimmt.",
    "Der Senat stimmte dem Haushalt mit großer Mehrheit zu.",
    "Möglicherweise erlitt der Passagier eine Panikattacke.",
])
def test_no_event_in_domestic_votes_and_illness(analyse_text, text):
    assert not [e for e in analyse_text(text) if e["type"] in ("AGREE", "ASSAULT")]


def test_parliament_approving_a_treaty_stays_agree(analyse_text):
    assert of_type(analyse_text("Das Parlament stimmte dem Abkommen mit Japan zu."), "AGREE")


@pytest.mark.parametrize("text,code", [
    ("Die Sowjetunion marschierte 1968 in die Tschechoslowakei ein.", "SUN"),
    ("Die DDR verweigerte dem Liedermacher die Wiedereinreise.", "DDR"),
])
def test_former_states_are_actors(analyse_text, text, code):
    evs = analyse_text(text)
    assert evs and code in actor_codes(evs[0]["source"])


@pytest.mark.parametrize("text", [
    "In Hamburg explodierten drei Feuerwerkskörper in der Hand eines Mannes.",
    "Neben dem Kind explodierte ein Knallkörper.",
    "Das unkontrollierte Geschoss traf ein Mädchen am Kopf.",
])
def test_fireworks_accidents_are_no_events(analyse_text, text):
    assert not analyse_text(text)


def test_car_bomb_exploding_stays_assault(analyse_text):
    assert of_type(analyse_text("In Bagdad explodierte eine Autobombe vor einem Markt."), "ASSAULT")


# --- courts: damages are a sentence, a case heard is a trial; a school attended is no visit
@pytest.mark.parametrize("text,type_", [
    ("Der Chemiekonzern wurde zu 110.000 Euro Schadenersatz verurteilt.", "SANCTION"),
    ("Vor dem Landgericht wird der Fall ab Montag verhandelt.", "DISAPPROVE"),
    ("Die Bundeswehr beteiligt sich am Militäreinsatz gegen die Miliz.", "ASSAULT"),
])
def test_court_and_military_words(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


@pytest.mark.parametrize("text", [
    "Ein Bauer, der nur drei Jahre die Schule besucht hatte, verklagte den Konzern.",
    "Die Regierung zerbrach an der Haltung zu dem Militäreinsatz in Afghanistan.",
])
def test_no_visit_and_no_assault(analyse_text, text):
    assert not [e for e in analyse_text(text) if e["type"] in ("CONSULT", "ASSAULT")]


# --- a present tense with a later date is planned
@pytest.mark.parametrize("text,type_,modality", [
    ("Der Außenminister reist am Montag zu Gesprächen nach Peking.", "AGREE", "future"),
    ("Die Gespräche finden in der nächsten Woche statt.", "AGREE", "future"),
    ("Der Außenminister reiste am Montag zu Gesprächen nach Peking.", "CONSULT", "asserted"),
])
def test_present_tense_with_a_later_date_is_planned(analyse_text, text, type_, modality):
    evs = analyse_text(text)
    assert [(e["type"], e["modality"]) for e in evs] == [(type_, modality)]


@pytest.mark.parametrize("text,protest", [
    ("Tausende Demonstranten zogen durch die Innenstadt von Caracas.", True),
    ("Die Truppen zogen durch das Dorf.", False),
])
def test_marching_crowds_protest(analyse_text, text, protest):
    assert bool(of_type(analyse_text(text), "PROTEST")) is protest


# --- two named parties of the same code are doer and target
@pytest.mark.parametrize("text", [
    "Die Union lehnt den Vorstoß der SPD strikt ab.",
    "Die Grünen kritisierten die FDP scharf.",
])
def test_party_against_party_of_the_same_code(analyse_text, text):
    evs = [e for e in analyse_text(text) if e["type"] in ("REJECT", "DISAPPROVE")]
    assert evs and actor_codes(evs[0]["source"]) == ["DEUPTY"] and actor_codes(evs[0]["target"]) == ["DEUPTY"]


@pytest.mark.parametrize("text", [
    "Die Opposition hält den Plan der Regierung für falsch.",
    "Die Linke übte scharfe Kritik an den Plänen der Regierung.",
])
def test_criticising_the_governments_plan_aims_at_the_government(analyse_text, text):
    evs = of_type(analyse_text(text), "DISAPPROVE")
    assert evs and [(a.get("actor_code") or "")[-3:] for a in evs[0]["target"]] == ["GOV"]


def test_treaty_signed_takes_the_parties_of_the_talks(analyse_text):
    evs = of_type(analyse_text("Die USA und Mexiko verhandelten zwei Wochen lang. Am Mittwoch war man sich "
                                "dann einig und der Vertrag wurde unterschrieben."), "AGREE")
    assert evs and actor_codes(evs[0]["source"]) == ["MEX", "USA"]


def test_aid_without_a_party_stays_no_event(analyse_text):
    assert not of_type(analyse_text("Mit Hilfe der Suchseite fand er die Wohnung."), "AID")


def test_discussing_with_someone_is_consult(analyse_text):
    evs = of_type(analyse_text("Merkel besprach mit Macron die Lage in der Ukraine."), "CONSULT")
    assert evs and actor_codes(evs[0]["target"]) == ["FRAGOV"]


def test_a_problem_arising_is_no_surrender(analyse_text):
    assert not analyse_text("Der Minister sagte, dass sich durch den Ausbruch ein Sicherheitsproblem ergeben könne.")


@pytest.mark.parametrize("text,event", [
    ("Die Polizei habe den Angeklagten vorverurteilt.", True),
    ("Der Personalmanager hatte den Abgeordneten vor Gericht schwer belastet.", True),
    ("Die hohen Energiepreise belasten die Haushalte.", False),
    ("Die Partei will hohe Einkommen stärker belasten.", False),
])
def test_incriminating_is_disapprove_a_burden_is_not(analyse_text, text, event):
    assert bool(of_type(analyse_text(text), "DISAPPROVE")) is event


@pytest.mark.parametrize("text,type_", [
    ("Die Gewerkschaft zeigt keinerlei Verständnis für den Verkauf.", "DISAPPROVE"),
    ("Der Minister äußerte Verständnis für die Sorgen der Bauern.", "SUPPORT"),
])
def test_understanding_or_none(analyse_text, text, type_):
    evs = analyse_text(text)
    assert [e["type"] for e in evs] == [type_] and evs[0]["source"]


def test_understanding_of_a_situation_is_no_event(analyse_text):
    assert not analyse_text("Das Verständnis der Lage ist schwierig.")


@pytest.mark.parametrize("text,event", [
    ("Die Gewerkschaft sieht in der Maßnahme eine Reduzierung des Sicherheitsniveaus.", True),
    ("Die Grünen sehen in diesem Vorschlag keine Lösung des Problems.", True),
    ("Die Regierung sieht in dem Vorschlag eine gute Lösung.", False),
])
def test_seeing_harm_or_no_solution_in_a_proposal(analyse_text, text, event):
    assert bool(of_type(analyse_text(text), "DISAPPROVE")) is event


@pytest.mark.parametrize("text", [
    "Die SPD hält den Weg für begehbar.",
    "Die Regierung hält den Kompromiss für tragfähig.",
])
def test_calling_a_way_workable_is_support(analyse_text, text):
    assert of_type(analyse_text(text), "SUPPORT")


# --- a few quoted words inside a clause do not split it
@pytest.mark.parametrize("text,type_", [
    ("Der Geschäftsführer wies alle Vorwürfe als „haltlos“ zurück.", "REJECT"),
    ("Die Regierung lehnte den „Friedensplan“ der Rebellen ab.", "REJECT"),
])
def test_scare_quotes_keep_the_separable_verb(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


def test_quoted_speech_still_splits(analyse_text):
    evs = analyse_text("„Wir lehnen das ab“, sagte der Minister.")
    assert [e["type"] for e in evs] == ["REJECT"]


def test_offer_to_support_stays_one_agree(analyse_text):
    assert [e["type"] for e in analyse_text("Der Iran bot an, die Vermittlung zu unterstützen.")] == ["AGREE"]
