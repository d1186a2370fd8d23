"""Round 10, helper I: lexicon coverage from common German news wording (dpa, Reuters,
Tagesschau style) that the development articles happen not to contain. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def _countries(side):
    return sorted(a.get("country") or "-" for a in side)


# --- new words and multiword expressions get their PLOVER type
@pytest.mark.parametrize("text,type_", [
    ("Die Regierung Litauens hielt eine Videoschalte mit dem polnischen Präsidenten ab.", "CONSULT"),
    ("Estland erklärte sich solidarisch mit Finnland.", "SUPPORT"),
    ("Die Landesregierung hat den Kompromissvorschlag ausdrücklich gutgeheißen.", "SUPPORT"),
    ("Der Oppositionsführer geißelte die Politik der Regierung Serbiens.", "DISAPPROVE"),
    ("Das Ministerium legte beim Verwaltungsgericht Einspruch gegen den Beschluss ein.", "DISAPPROVE"),
    ("Bulgarien und Nordmazedonien normalisierten ihre Beziehungen.", "COOPERATE"),
    ("Frankreich erließ Senegal einen Teil seiner Schulden.", "AID"),
    ("Die Eurogruppe hat Zypern ein Rettungspaket gewährt.", "AID"),
    ("Die Regierung Aserbaidschans sprach eine Kriegsdrohung gegen Armenien aus.", "THREATEN"),
    ("Die Straßenbahnfahrer in Lyon traten am Dienstag in den Ausstand.", "PROTEST"),
    ("Die Angehörigen flehten die Geiselnehmer um Gnade an.", "DEMAND"),
    ("Die Regierung Perus stellte einen Auslieferungsantrag an Spanien.", "DEMAND"),
    ("Venezuela schlug das Gesprächsangebot der USA aus.", "REJECT"),
    ("Die Regierung Georgiens ordnete eine Teilmobilmachung an.", "MOBILIZE"),
    ("Pakistan rüstete seine Luftwaffe massiv auf.", "MOBILIZE"),
    ("Die Regierung ließ das mobile Internet in der Provinz abschalten.", "COERCE"),
    ("Die Militärjunta bürgerte den Schriftsteller aus.", "COERCE"),
    ("Die Polizei hat in Minsk vier Oppositionelle festgesetzt.", "COERCE"),
    ("Die Polizei hat am Morgen eine Großrazzia gegen Schleuser durchgeführt.", "COERCE"),
    ("In der Provinz haben Dorfbewohner zwei mutmaßliche Entführer gelyncht.", "ASSAULT"),
    ("Die Marine versenkte vor der Küste ein Boot der Piraten.", "ASSAULT"),
    ("Rebellen haben einen Hinterhalt auf einen Militärkonvoi gelegt.", "ASSAULT"),
    ("Die Türkei hat ihre Soldaten aus dem Grenzgebiet zurückbeordert.", "RETREAT"),
    ("Der Amtsinhaber hat seine Wahlniederlage anerkannt.", "CONCEDE"),
    ("Kanada hat seine Botschaft in Teheran geschlossen.", "SANCTION"),
    ("Die Niederlande haben Exportbeschränkungen gegen Russland verhängt.", "SANCTION"),
])
def test_news_wording_gets_its_type(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


# --- the countries of the new triggers' parties
@pytest.mark.parametrize("text,type_,source,target", [
    ("Estland erklärte sich solidarisch mit Finnland.", "SUPPORT", ["EST"], ["FIN"]),
    ("Frankreich erließ Senegal einen Teil seiner Schulden.", "AID", ["FRA"], ["SEN"]),
    ("Die Regierung Perus stellte einen Auslieferungsantrag an Spanien.", "DEMAND", ["PER"], ["ESP"]),
    ("Die Niederlande haben Exportbeschränkungen gegen Russland verhängt.", "SANCTION", ["NLD"], ["RUS"]),
])
def test_news_wording_parties(analyse_text, text, type_, source, target):
    evs = of_type(analyse_text(text), type_)
    assert evs and _countries(evs[0]["source"]) == source and _countries(evs[0]["target"]) == target


def test_joint_normalisation_has_both_parties_as_source(analyse_text):
    evs = of_type(analyse_text("Bulgarien und Nordmazedonien normalisierten ihre Beziehungen."), "COOPERATE")
    assert evs and _countries(evs[0]["source"]) == ["BGR", "MKD"]


# --- the restricted words stay silent outside their political use
@pytest.mark.parametrize("text,type_", [
    ("Der Stadtrat hat den Termin für die Abstimmung auf den Mai festgesetzt.", "COERCE"),
    ("Die Betreiber haben das Kraftwerk am Abend abgeschaltet.", "COERCE"),
    ("Der Konzern hat Millionen in dem Projekt versenkt.", "ASSAULT"),
    ("Die Behörde hat das Amt für Statistik im Mai geschlossen.", "SANCTION"),
    ("Die Bank hat der Firma die Gebühren erlassen.", "AID"),
    ("Nach einer Bombendrohung räumte die Polizei den Hauptbahnhof.", "THREATEN"),
])
def test_restricted_words_stay_silent(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


def test_recognising_a_state_stays_support(analyse_text):
    evs = analyse_text("Spanien hat Palästina als Staat anerkannt.")
    assert of_type(evs, "SUPPORT") and not of_type(evs, "CONCEDE")


# --- second probe round: more news wording
@pytest.mark.parametrize("text,type_", [
    ("Die Vermittler haben in der Nacht einen Durchbruch erzielt.", "AGREE"),
    ("Die Regierung Angolas und die Rebellen haben einen Friedensschluss unterzeichnet.", "AGREE"),
    ("Der Präsident pries die Partnerschaft mit Brasilien.", "SUPPORT"),
    ("Die Marinen Japans und Australiens hielten eine gemeinsame Übung ab.", "COOPERATE"),
    ("Norwegen hat der Ukraine Kampfflugzeuge überlassen.", "AID"),
    ("Russland kündigte Gegenmaßnahmen gegen die Ausweisung an.", "THREATEN"),
    ("Die Regierung Moldaus hat weitere Hilfsgüter angefordert.", "DEMAND"),
    ("Der Gouverneur hat die Nationalgarde eingesetzt.", "MOBILIZE"),
    ("Großbritannien hat einen Zerstörer in die Region entsandt.", "MOBILIZE"),
    ("Die Artillerie hat die Vororte unter Feuer genommen.", "ASSAULT"),
    ("Die Aufständischen haben einen Kontrollposten der Armee überrannt.", "ASSAULT"),
    ("Die Luftwaffe hat einen Vergeltungsschlag gegen Stellungen der Miliz geflogen.", "ASSAULT"),
    ("Der Oppositionspolitiker wurde in Moskau vergiftet.", "ASSAULT"),
    ("Die Milizen haben die Provinzhauptstadt aufgegeben.", "RETREAT"),
    ("Die USA haben Zölle auf Stahl aus Kanada erhoben.", "SANCTION"),
])
def test_more_news_wording_gets_its_type(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


@pytest.mark.parametrize("text,type_", [
    ("Forscher haben einen Durchbruch in der Krebsmedizin erzielt.", "AGREE"),
    ("Die Armee setzte Hubschrauber zur Rettung der Urlauber ein.", "MOBILIZE"),
    ("Die Ministerin zeigte sich bestürzt über das Zugunglück.", "DISAPPROVE"),
    ("Der Zoll hat am Flughafen zwei Koffer beschlagnahmt.", "SANCTION"),
])
def test_more_restricted_words_stay_silent(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


# --- third probe round: nominalisations as news leads use them
@pytest.mark.parametrize("text,type_", [
    ("Die Solidaritätsbekundungen Spaniens für Marokko kamen schnell.", "SUPPORT"),
    ("Die Beileidsbekundungen aus Europa erreichten Ankara am Abend.", "SUPPORT"),
    ("Die Unterstützungserklärung der Afrikanischen Union für Somalia wurde verlesen.", "SUPPORT"),
    ("Die Truppenverstärkung an der Grenze zu Georgien begann am Montag.", "MOBILIZE"),
    ("Die Internetsperre in Myanmar dauert seit Wochen an.", "COERCE"),
    ("Die Abschaltung des Mobilfunknetzes durch die Behörden dauerte zwei Tage.", "COERCE"),
    ("Der Artilleriebeschuss auf die Hafenstadt hielt die ganze Nacht an.", "ASSAULT"),
    ("Die Annexion der Westsahara durch Marokko ist völkerrechtlich umstritten.", "ASSAULT"),
    ("Das Außenministerium Tschechiens kündigte die Einbestellung des chinesischen Botschafters an.", "DISAPPROVE"),
    ("Die Behörden Frankreichs ordneten die Beschlagnahme der Villa an.", "COERCE"),
    ("Aserbaidschan verhängte einen Lieferstopp für Öl nach Armenien.", "SANCTION"),
    ("Bei einem Raketenbeschuss auf Odessa starben zwei Menschen.", "ASSAULT"),
    ("Die Nato beschloss eine Truppenaufstockung in Rumänien.", "MOBILIZE"),
])
def test_news_nominalisations_get_their_type(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


# --- fourth probe round: verbs of giving in, rebuking, backing and policing
@pytest.mark.parametrize("text,type_", [
    ("Unbekannte haben die Bahnstrecke sabotiert.", "ASSAULT"),
    ("Die Rebellen haben die Zufahrt zum Hafen vermint.", "ASSAULT"),
    ("Die Behörden konfiszierten die Handys der Reporter.", "COERCE"),
    ("Die Polizei hält den Blogger seit einer Woche fest.", "COERCE"),
    ("Der Geheimdienst bespitzelte Journalisten.", "COERCE"),
    ("Das Regime ließ Hunderte Studenten einkerkern.", "COERCE"),
    ("Die Kommission ermahnte Rumänien zur Einhaltung der Regeln.", "DEMAND"),
    ("Der Premier schalt die Gewerkschaften als unverantwortlich.", "DISAPPROVE"),
    ("Der Senator verunglimpfte die Richter.", "DISAPPROVE"),
    ("Die Regierung Irans verdammte die Karikaturen.", "DISAPPROVE"),
    ("Der Parteichef erteilte dem Bürgermeister einen Rüffel.", "DISAPPROVE"),
    ("Der Außenminister übte scharfe Schelte an Polen.", "DISAPPROVE"),
    ("Die Grünen pflichteten dem Kanzler bei.", "SUPPORT"),
    ("Die Präsidentin rühmte die Leistung der Helfer.", "SUPPORT"),
    ("Die Regierung Kenias erhielt Rückhalt aus Brüssel.", "SUPPORT"),
    ("Die Ministerin verwahrte sich gegen die Anschuldigungen.", "REJECT"),
    ("Der Konzernchef wies die Vorwürfe weit von sich.", "REJECT"),
    ("Das Ministerium stellte die Berichte in Abrede.", "REJECT"),
    ("Nordkorea verschmähte das Gesprächsangebot.", "REJECT"),
    ("Die Regierung knickte nach wochenlangen Streiks ein.", "CONCEDE"),
    ("Die Regierung ruderte nach der Kritik zurück.", "CONCEDE"),
    ("Der Senat ist von seinen Plänen abgerückt.", "CONCEDE"),
    ("Die Regierung kam den Forderungen der Bauern entgegen.", "CONCEDE"),
    ("Die Stadtverwaltung gab im Streit mit den Anwohnern klein bei.", "CONCEDE"),
    ("Litauen und Polen besiegelten ihre Verteidigungspartnerschaft.", "AGREE"),
    ("Die Unterhändler Serbiens und Kosovos paraphierten den Text.", "AGREE"),
    ("Die Außenminister Spaniens und Portugals konferierten in Lissabon.", "CONSULT"),
    ("Regierung und Rebellen setzten sich in Doha an einen Tisch.", "CONSULT"),
    ("Mehrere Einheiten der Armee meuterten.", "PROTEST"),
    ("Die Bevölkerung begehrte gegen die Junta auf.", "PROTEST"),
    ("Die Zuschauer buhten den Minister aus.", "PROTEST"),
    ("Die Regierung bot 5000 Polizisten gegen die Proteste auf.", "MOBILIZE"),
    ("Kriegsschiffe der Marine patrouillieren vor der Küste Libyens.", "MOBILIZE"),
    ("Die Regierung Koreas steuerte 30 Millionen Dollar zum Wiederaufbau bei.", "AID"),
    ("Das Säbelrasseln Chinas vor Taiwan beunruhigt die USA.", "THREATEN"),
    ("Russland baute eine Drohkulisse gegen die Ukraine auf.", "THREATEN"),
])
def test_giving_in_rebuking_and_backing_get_their_type(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


@pytest.mark.parametrize("text,type_", [
    ("Die Partei hält an ihrem Kandidaten fest.", "COERCE"),
    ("Die Indizien legen einen geplanten Angriff nahe.", "DEMAND"),
    ("Die Truppen rückten am Abend in das Dorf ab.", "CONCEDE"),
])
def test_restricted_verbs_of_round_four_stay_silent(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


# --- fifth probe round: censorship, listings and suspended relations
@pytest.mark.parametrize("text,type_", [
    ("Die Militärregierung verhängte eine Nachrichtensperre über die Provinz.", "COERCE"),
    ("Der Regimekritiker wurde in ein Arbeitslager eingewiesen.", "COERCE"),
    ("Die Polizei erteilte den Fußballfans Platzverweise.", "COERCE"),
    ("Die USA verhängten Visabeschränkungen gegen Funktionäre aus Kambodscha.", "SANCTION"),
    ("Die Schweiz hat Kontensperrungen gegen den Diktator verhängt.", "SANCTION"),
    ("Die EU hat die Zusammenarbeit mit Mali auf Eis gelegt.", "SANCTION"),
    ("Estland erklärte den russischen Konsul zur unerwünschten Person.", "SANCTION"),
    ("Die USA haben die Miliz auf die Terrorliste gesetzt.", "SANCTION"),
])
def test_listings_and_suspensions_get_their_type(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


@pytest.mark.parametrize("text,type_", [
    ("Der Stadtrat hat den Neubau der Brücke auf Eis gelegt.", "SANCTION"),
    ("Der Verletzte wurde in ein Krankenhaus eingewiesen.", "COERCE"),
    ("Die Ministerin setzte sich auf die Bank.", "SANCTION"),
])
def test_listings_and_suspensions_need_their_party(analyse_text, text, type_):
    assert not of_type(analyse_text(text), type_)


# --- compounds of arrest and deportation nouns ("Massenfestnahmen", "Sammelabschiebung")
@pytest.mark.parametrize("text", [
    "Nach der Wahl kam es zu Massenverhaftungen in Baku.",
    "Menschenrechtler verurteilten die Massenfestnahmen in Teheran.",
    "Die Sammelabschiebung nach Pakistan startete in München.",
    "Die Regierung Pakistans ordnete Massenabschiebungen nach Afghanistan an.",
])
def test_arrest_and_deportation_compounds_are_coerce(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE")


def test_aid_pledge_is_agree(analyse_text):
    assert of_type(analyse_text("Die Geberstaaten machten Hilfszusagen in Höhe von drei Milliarden Euro."), "AGREE")
