"""A state's material measures on people's movement are COERCE, as the gnad3 and gnad4 coders code
them: closing or sealing a border or route ("die Grenze dichtmachen", "die Schließung der Balkanroute"),
caps and daily quotas of refugees ("Obergrenze", "Tageskontingente", only in a text about refugees),
restricted transit or entry ("schränkte den Transit ein", "verweigert die Einreise"), people sent back
("zurückgeschickt") or carted off ("abtransportieren"), fences and walls built against them, tighter
asylum rules and suspended asylum procedures. The object decides the sense where the verb is general:
cut aid stays SANCTION, a refused statement REJECT, sharper criticism DISAPPROVE, a stable built no act.
Police stepping in ("schritten ein"), harassment by authorities, forced administration and house
searches are coercion too.
Data lines in triggers.tsv; twenty-first session. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text", [
    "Die Slowakei will ihre Grenzen zu Ungarn dichtmachen.",
    "Mazedonien hat die Schließung der Balkanroute beschlossen.",
    "Mazedonien hat die Balkanroute für Flüchtlinge geschlossen.",
    "Ungarn hat den Grenzübergang für Flüchtlinge gesperrt.",
])
def test_a_border_or_route_sealed_is_coerce(analyse_text, text):
    acts = of_type(analyse_text(text), "COERCE")
    assert len(acts) == 1 and acts[0]["mode"] == "restrict"


@pytest.mark.parametrize("text", [
    "Wien – Die Zahl der Flüchtlinge soll sinken. Ab Juni gilt eine Obergrenze für Asylwerber.",
    "Wien – Die Zahl der Flüchtlinge soll sinken. Ab Montag gelten an der Grenze Tageskontingente für Asylwerber.",
    "Wien – Die Zahl der Flüchtlinge soll sinken. Das Land verhängte einen Aufnahmestopp für Asylwerber.",
])
def test_caps_and_quotas_of_refugees_are_coerce(analyse_text, text):
    assert len(of_type(analyse_text(text), "COERCE")) == 1


@pytest.mark.parametrize("text", [
    "Die Regierung beschloss eine Obergrenze für neue Schulden.",
    "Für die Mieten in Wien soll eine Obergrenze gelten.",
    "Die Flüchtlinge warten. Bezüglich einer Obergrenze für Flüchtlinge gebe es keine einfache Lösung, sagte er.",
])
def test_a_cap_outside_a_text_about_refugees_or_as_a_topic_is_no_act(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE") == []


@pytest.mark.parametrize("text, kind", [
    ("Serbien schränkte den Transit von Flüchtlingen stark ein.", "COERCE"),
    ("Die Regierung schränkte die Hilfe für die Bauern ein.", "SANCTION"),
    ("Tausende Flüchtlinge warten an der Grenze. Kroatien verweigert den Migranten die Einreise.", "COERCE"),
    # outside a text about refugees a refused entry is a refusal (inspectors, envoys)
    ("Belarus verweigert den Inspektoren der Vereinten Nationen die Einreise.", "REJECT"),
    ("Der Minister verweigerte vor dem Ausschuss die Aussage.", "REJECT"),
    ("Schweden verschärft seine Asylpolitik.", "COERCE"),
    ("Die Opposition verschärfte ihre Kritik an der Asylpolitik.", "DISAPPROVE"),
    ("Schweden hat den Familiennachzug für Flüchtlinge ausgesetzt.", "COERCE"),
])
def test_the_object_decides_the_sense_of_a_general_verb(analyse_text, text, kind):
    evs = analyse_text(text)
    assert [e["type"] for e in evs] == [kind]


@pytest.mark.parametrize("text", [
    "Die Migranten wurden von der Polizei nach Serbien zurückgeschickt.",
    "Die Polizei ließ die Flüchtlinge mit Bussen aus dem Park abtransportieren.",
    "Die Regierung will an der Grenze zu Serbien einen Zaun bauen.",
    "Ungarn hat an der Grenze einen Stacheldrahtzaun errichtet.",
])
def test_people_sent_back_or_fenced_out_are_coerced(analyse_text, text):
    assert len(of_type(analyse_text(text), "COERCE")) == 1


@pytest.mark.parametrize("text", [
    "Mehr als hundert Polizisten schritten ein, um die Schlägerei zu beenden.",
    "Kritische Journalisten werden von den Behörden drangsaliert.",
    "Die Regierung stellte die Oppositionszeitung unter Zwangsverwaltung.",
    "Bei Hausdurchsuchungen in Graz stellte die Polizei Waffen sicher.",
])
def test_police_stepping_in_harassment_and_searches_are_coerce(analyse_text, text):
    assert len(of_type(analyse_text(text), "COERCE")) == 1


def test_a_referee_stepping_in_is_no_act(analyse_text):
    assert analyse_text("Der Schiedsrichter schritt sofort ein.") == []


@pytest.mark.parametrize("text", [
    "Der Bauer baut einen neuen Stall für seine Kühe.",
    "Die Spedition ließ die alten Möbel abtransportieren.",
])
def test_building_or_carting_off_things_is_no_act(analyse_text, text):
    assert analyse_text(text) == []


# the lines this file tests, by lemma and type (a changed lemma's other lines stay)
_NEW = {("verweigern", "COERCE"), ("ein|schränken", "COERCE"), ("aus|setzen", "COERCE"), ("errichten", "COERCE"),
        ("bauen", "COERCE"), ("Errichtung", "COERCE"), ("verschärfen", "COERCE"), ("Grenzsperre", "COERCE"),
        ("Grenzschließung", "COERCE"), ("Schließung", "COERCE"), ("Obergrenze", "COERCE"),
        ("Tageskontingent", "COERCE"), ("Aufnahmestopp", "COERCE"), ("zurück|schicken", "COERCE"),
        ("ab|transportieren", "COERCE"), ("dicht|machen", "COERCE"), ("ein|schreiten", "COERCE"),
        ("drangsalieren", "COERCE"), ("Zwangsverwaltung", "COERCE"), ("Hausdurchsuchung", "COERCE")}


def _old_lines(full_nlp, monkeypatch):
    """Run the pipeline without this file's data lines (and "sperren"/"Sperre" of a border as before)."""
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file != "triggers.tsv":
            return rows, examples
        out = [r for r in rows if (r[0], r[2]) not in _NEW
               and not (r[0] in ("sperren", "Sperre") and r[3] == "restrict")]
        return out, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))


def test_without_the_data_lines_restricted_transit_is_no_coercion_and_refused_entry_a_rejection(
        analyse_text, full_nlp, monkeypatch):
    _old_lines(full_nlp, monkeypatch)
    # (it was a SANCTION by the bare line of "einschränken", which since session 30 needs an object of goods, money,
    # relations or benefits: test_events_cutting_as_sanction.py)
    assert "COERCE" not in [e["type"] for e in analyse_text("Serbien schränkte den Transit von Flüchtlingen stark ein.")]
    assert [e["type"] for e in analyse_text("Kroatien verweigert den Migranten die Einreise.")] == ["REJECT"]
    assert analyse_text("Die Slowakei will ihre Grenzen zu Ungarn dichtmachen.") == []
    assert of_type(analyse_text("Kritische Journalisten werden von den Behörden drangsaliert."), "COERCE") == []
