"""Nouns that end in an act noun without being a compound of it ("Herausforderung" is no
"Forderung", "Stadtreinigung" no "Einigung") report no act; real compounds of the act noun still do.
Twelfth session; every sentence is written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Die Regierung steht vor großen Herausforderungen.",
    "Die Stadtreinigung leerte am Montag die Mülltonnen.",
    "Der Konzern löste Rücklagen in Millionenhöhe auf.",
    "Die neuen Sicherheitsanforderungen gelten ab Januar.",
    "Der Minister legte eine Steuerbescheinigung vor.",
    "Die Grundwasserverunreinigungen stammen aus dem Tanklager.",
    "Nach dem Eintreffen der Gäste begann der Empfang.",
])
def test_a_noun_ending_like_an_act_noun_is_no_act(analyse_text, text):
    assert analyse_text(text) == []


@pytest.mark.parametrize("text,type_", [
    ("Die Gewerkschaft bekräftigte ihre Lohnforderungen an die Arbeitgeber.", "DEMAND"),
    ("Nach der Tarifeinigung endete der Streik der Lokführer.", "AGREE"),
    ("Die Armee flog in der Nacht mehrere Luftangriffe auf die Stadt.", "ASSAULT"),
])
def test_a_compound_of_the_act_noun_is_still_an_act(analyse_text, text, type_):
    assert type_ in [e["type"] for e in analyse_text(text)]


@pytest.mark.parametrize("text", [
    "Nach dem Arztbesuch fuhr der Minister zurück nach Berlin.",
    "Die Stadt erhöhte die Sozialhilfe für Familien.",
    "Die Kostenexplosion beim Flughafenbau sorgt für Ärger.",
    "Der Verein startete eine Qualitätsoffensive.",
    "Die Hauptverhandlung beginnt am Dienstag.",
    "Der Stürmer unterschrieb einen Profivertrag beim Hamburger SV.",
    "Die Partei geriet ins Hintertreffen.",
    "Die Bergsteiger erreichten den Berggipfel am Mittag.",
])
def test_a_compound_of_private_life_or_business_is_no_act(analyse_text, text):
    # nomod= in triggers.tsv: the modifier makes the compound no political act
    assert analyse_text(text) == []


@pytest.mark.parametrize("text,type_", [
    ("Russland und die Ukraine unterzeichneten einen neuen Gasvertrag.", "AGREE"),
    ("Der Präsident reiste zu einem Staatsbesuch nach Frankreich.", "CONSULT"),
    ("Die Kanzlerin und der Präsident führten ein Telefongespräch.", "CONSULT"),
])
def test_a_political_compound_of_the_same_head_is_an_act(analyse_text, text, type_):
    assert type_ in [e["type"] for e in analyse_text(text)]


@pytest.mark.parametrize("text,sector", [
    ("Mehrere Mitarbeiter kritisierten die Entscheidung des Ministers.", "LAB"),
    ("Der Schiedsrichter kritisierte die Spieler scharf.", "JUD"),
    ("Nach zwei Trainingseinheiten kritisierte der Minister die Spieler.", "COP"),
    ("Die Vertragsparteien kritisierten den Entwurf.", "PTY"),
])
def test_a_noun_ending_like_an_agent_noun_is_no_such_agent(analyse_text, text, sector):
    events = analyse_text(text)
    codes = [a.get("actor_code") or "" for e in events for a in e["source"] + e["target"]]
    assert events and not any(c.endswith(sector) for c in codes)
