"""Missions, tribunals and UN bodies act for their organisation (issue 10, actors): a UN mission's
troops are the UN's, ISAF is the Nato's, the Yugoslavia tribunal is coded as such. Sentences
written for these tests, not taken from any article."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, type_, source", [
    ("Im Südsudan ist die Lage angespannt. UNMISS-Truppen retteten am Dienstag 500 Zivilisten.", "AID", "IGOUNO"),
    ("In Afghanistan wird weiter gekämpft. Die ISAF griff am Montag Stellungen der Taliban an.", "ASSAULT",
     "IGOWSTNAT"),
    ("Der frühere General wurde in Belgrad verhaftet. Das UN-Kriegsverbrechertribunal hatte ihn wegen "
     "Völkermords angeklagt.", "DISAPPROVE", "IGOUNOICTY"),
    ("Der Prozess in Arusha dauert an. Das Ruanda-Tribunal verurteilte den früheren Bürgermeister zu "
     "lebenslanger Haft.", "SANCTION", "IGOUNOICTR"),
    ("Im Kosovo blieb es ruhig. KFOR-Soldaten nahmen am Abend zwei Männer fest.", "COERCE", "IGOWSTNAT"),
])
def test_mission_or_tribunal_is_the_doer(analyse_text, text, type_, source):
    evs = [e for e in analyse_text(text) if e["type"] == type_]
    assert evs, analyse_text(text)
    assert source in {a.get("actor_code") for a in evs[-1]["source"]}, evs


@pytest.mark.parametrize("text, type_, source", [
    ("Die Resolution des Sicherheitsrates fordert die Regierung Sudans zum Handeln auf.", "DEMAND", "IGOUNOSEC"),
    ("Aus diesem Grund forderte die Resolution des Sicherheitsrates, genaue Informationen zu sammeln.",
     "DEMAND", "IGOUNOSEC"),
    ("Der Bericht der Vereinten Nationen wirft der Armee Myanmars schwere Verbrechen vor.", "DISAPPROVE", "IGOUNO"),
])
def test_document_speaks_for_its_issuer(analyse_text, text, type_, source):
    ev = next(e for e in analyse_text(text) if e["type"] == type_)
    assert [a.get("actor_code") for a in ev["source"]] == [source]


def test_document_as_object_leaves_the_subject_the_doer(analyse_text):
    ev = next(e for e in analyse_text("Russland lehnte die Resolution des Sicherheitsrates ab.")
              if e["type"] == "REJECT")
    assert [a.get("actor_code") for a in ev["source"]] == ["RUS"]


@pytest.mark.parametrize("text, type_", [
    ("Die Staats- und Regierungschefs der EU beschlossen neue Hilfen für die Ukraine.", "AID"),
    ("Die Finanzminister der Eurozone einigten sich auf ein Hilfspaket für Griechenland.", "AGREE"),
])
def test_officials_of_an_organisation_act_for_it(analyse_text, text, type_):
    ev = next(e for e in analyse_text(text) if e["type"] == type_)
    assert [a.get("actor_code") for a in ev["source"]] == ["IGOEUREEC"]


def test_the_pope_acts_for_the_vatican(analyse_text):
    ev = next(e for e in analyse_text("Der Papst rief zum Frieden im Nahen Osten auf.") if e["type"] == "DEMAND")
    assert [a.get("actor_code") for a in ev["source"]] == ["VATREL"]


@pytest.mark.parametrize("text, source", [
    ("Der Verfassungsschutz stufte die Partei als gesichert rechtsextremistisch ein.", "DEUSPY"),
    ("Die Bundesanwaltschaft erhob Anklage gegen drei mutmaßliche Spione.", "DEUJUD"),
])
def test_german_security_and_justice_institutions_act(analyse_text, text, source):
    ev = next(e for e in analyse_text(text) if e["type"] == "DISAPPROVE")
    assert [a.get("actor_code") for a in ev["source"]] == [source]
