"""Words of material acts the development parts' coders code and the trigger lexicon missed (triggers.tsv):
a passive "getroffen" of places in a report about armed conflict is a hit (ASSAULT; "Entscheidung",
"hart getroffen" and a meeting are not); "von der Polizei verhindert" is COERCE; a "schwarze Liste" is a
SANCTION; "das Urteil sprechen" delivers a verdict (SANCTION convict, as "gefällt"/"verkündet");
"Gewaltwelle" and "Gewaltausbruch" are violence; "versorgen" with water, drinks or blankets and
"verteilen" of food and clothes are AID, and "Unterstützung leisten" is practical help (AID), not
praise. Twenty-fourth session, from the missed COERCE, ASSAULT, SANCTION and AID events of dev..gnad5.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, kind", [
    ("Damaskus – Im Norden Syriens wird weiter gekämpft. Bei dem Beschuss wurde am Sonntag ein Krankenhaus in "
     "Idlib getroffen.", "ASSAULT"),
    ("Damaskus – Die Armee setzt ihre Offensive fort. Nach Angaben von Helfern wurden zwei Schulen und ein Markt "
     "getroffen.", "ASSAULT"),
    ("Eine Kundgebung der Opposition vor dem Parlament wurde von der Polizei verhindert.", "COERCE"),
    ("Die Ausreise des Dissidenten wurde von den Behörden verhindert.", "COERCE"),
    ("Auf der schwarzen Liste des Kremls stehen auch zwei deutsche Abgeordnete.", "SANCTION"),
    ("Im Prozess gegen den früheren Minister sprechen die Richter am Freitag das Urteil.", "SANCTION"),
    ("Das Gericht hat das Urteil gegen den Journalisten gesprochen.", "SANCTION"),
    ("Nach dem Gewaltausbruch in der Hauptstadt schickte die UNO Friedenstruppen.", "ASSAULT"),
    ("Das Rote Kreuz versorgte die Flüchtlinge mit Decken und Mineralwasser.", "AID"),
    ("Helfer verteilten in dem Lager Essen und Kleidung an die Vertriebenen.", "AID"),
    ("Die Bundeswehr leistete den Flutopfern in Sachsen Unterstützung.", "AID"),
    ("Die türkische Regierung leiste den Flüchtlingen große Unterstützung, sagte der Minister.", "AID"),
])
def test_the_words_name_the_act(analyse_text, text, kind):
    words = {"ASSAULT": ("getroffen", "Gewaltausbruch"), "COERCE": ("verhindert",), "SANCTION": ("Liste", "Urteil"),
             "AID": ("versorgte", "verteilten", "leistete", "leiste")}[kind]
    assert [e for e in of_type(analyse_text(text), kind) if e["trigger"]["text"] in words]


@pytest.mark.parametrize("text, kind", [
    ("Damaskus – Die Armee setzt ihre Offensive fort. Eine Entscheidung über Verhandlungen wurde noch nicht "
     "getroffen.", "ASSAULT"),
    ("Damaskus – Die Armee setzt ihre Offensive fort. Die Wirtschaft des Landes wurde hart getroffen.", "ASSAULT"),
    ("Die Minister haben sich am Montag in Brüssel getroffen.", "ASSAULT"),
    ("Der Unfall hätte verhindert werden können.", "COERCE"),
    ("Die Regierung will Steuerflucht verhindern.", "COERCE"),
    ("Die Liste der Kandidaten wurde am Montag veröffentlicht.", "SANCTION"),
    ("Die Stadtwerke versorgen 10.000 Haushalte mit Strom.", "AID"),
    ("Der Lehrer verteilte die Zeugnisse.", "AID"),
])
def test_other_senses_are_no_such_act(analyse_text, text, kind):
    words = ("getroffen", "verhindert", "verhindern", "Liste", "versorgen", "verteilte")
    assert [e for e in of_type(analyse_text(text), kind) if e["trigger"]["text"] in words] == []


def test_a_meeting_stays_a_meeting(analyse_text):
    assert len(of_type(analyse_text("Die Minister haben sich am Montag in Brüssel getroffen."), "CONSULT")) == 1
