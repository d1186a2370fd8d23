"""PLOVER's own categories for court acts, crowd control, releases and resignations (PLOVER manual,
"potential ambiguities"). Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest


def _typed(evs):
    return {(e["type"], e.get("mode")) for e in evs}


@pytest.mark.parametrize("text, type_, mode", [
    ("Die Staatsanwaltschaft in Lyon erhob am Montag Anklage gegen den Bürgermeister.", "DISAPPROVE", "allege"),
    ("Der frühere Präsident muss sich ab Mittwoch vor Gericht verantworten.", "DISAPPROVE", "allege"),
    ("Ein Gericht in Istanbul verurteilte den Journalisten zu vier Jahren Haft.", "SANCTION", "convict"),
    ("Die Polizei setzte in Santiago Tränengas gegen die Demonstranten ein.", "ASSAULT", "crowd-control"),
    ("Die Entführer ließen die beiden Geiseln am Abend frei.", "RETREAT", "release"),
    ("Der Innenminister Perus ist am Freitag zurückgetreten.", "RETREAT", "resign"),
    ("Der Strafgerichtshof erließ einen Haftbefehl gegen den General.", "THREATEN", "arrest"),
    ("Die Ukraine und Russland tauschten am Samstag Gefangene aus.", "RETREAT", "release"),
    ("Die Polizei ging in Santiago mit Tränengas gegen die Demonstranten vor.", "ASSAULT", "crowd-control"),
    ("Frankreich hat seinen Botschafter aus Niger abgezogen.", "SANCTION", "withdraw"),
    ("Die Regierung Ecuadors hat die Zusammenarbeit mit dem Währungsfonds beendet.", "SANCTION", "discontinue"),
    ("Die USA traten aus dem Atomabkommen mit dem Iran aus.", "SANCTION", "discontinue"),
])
def test_act_takes_plover_type(analyse_text, text, type_, mode):
    assert (type_, mode) in _typed(analyse_text(text)), analyse_text(text)


@pytest.mark.parametrize("text", [
    "Der Ministerpräsident kündigte am Montag seinen Rücktritt an.",
    "Die Rebellen kündigten die Freilassung der Geiseln an.",
])
def test_announced_retreat_is_a_concession(analyse_text, text):
    types = {e["type"] for e in analyse_text(text)}
    assert "CONCEDE" in types and "RETREAT" not in types


@pytest.mark.parametrize("text", [
    "Der Präsident begnadigte am Sonntag 200 Gefangene.",
    "Das Gericht sprach den Oppositionellen frei.",
])
def test_pardon_and_acquittal_stay_concessions(analyse_text, text):
    assert "CONCEDE" in {e["type"] for e in analyse_text(text)}


def test_switch_off_keeps_the_rules_own_types(analyse_text, monkeypatch):
    from lagebild.nlp.events import extract
    monkeypatch.setattr(extract, "PLOVER_RETYPE", False)
    text = "Die Staatsanwaltschaft in Lyon erhob am Montag Anklage gegen den Bürgermeister."
    assert "COERCE" in {e["type"] for e in analyse_text(text)}


@pytest.mark.parametrize("text", [
    "Frankreich verurteilte Russland wegen des Angriffs auf die Ukraine scharf.",
    "Die Bundesregierung verurteilte den Anschlag wegen seiner Brutalität.",
])
def test_state_condemning_for_a_reason_is_no_conviction(analyse_text, text):
    types = {e["type"] for e in analyse_text(text)}
    assert "DISAPPROVE" in types and "SANCTION" not in types


@pytest.mark.parametrize("text", [
    "Ein Gericht in Moskau verurteilte den Journalisten wegen Spionage.",
    "Der Soldat wurde wegen Befehlsverweigerung verurteilt.",
])
def test_court_or_passive_sentence_for_a_crime_is_a_conviction(analyse_text, text):
    assert "SANCTION" in {e["type"] for e in analyse_text(text)}


@pytest.mark.parametrize("text, mode, source, target", [
    ("Die EU-Kommission leitete ein Vertragsverletzungsverfahren gegen Ungarn ein.", "allege", "IGOEUREEC", "HUN"),
    ("Die Staatsanwaltschaft in Wien leitete Ermittlungen gegen den Minister ein.", "investigate", "AUTJUD", "AUT"),
])
def test_opening_proceedings_is_accuse_by_whoever_opens_them(analyse_text, text, mode, source, target):
    ev = next(e for e in analyse_text(text) if e["type"] == "DISAPPROVE")
    assert ev["mode"] == mode
    assert source in {a.get("actor_code") for a in ev["source"]}
    assert target in {a.get("country") for a in ev["target"]}


@pytest.mark.parametrize("text, type_", [
    ("Die Opposition kündigte für Samstag landesweite Proteste an.", "PROTEST"),
    ("Die Regierung Polens kündigte eine Klage gegen die EU-Kommission an.", "DISAPPROVE"),
])
def test_announced_act_is_future(analyse_text, text, type_):
    ev = next(e for e in analyse_text(text) if e["type"] == type_)
    assert ev["modality"] == "future"


@pytest.mark.parametrize("text, type_", [
    ("Die Regierung Südkoreas protestierte bei Japan gegen die Schulbücher.", "DISAPPROVE"),
    ("Die Ungarn protestierten gegen das Gesetz.", "PROTEST"),
])
def test_a_government_protests_in_words_people_in_the_street(analyse_text, text, type_):
    # PLOVER: a diplomatic protest is ACCUSE 'disapprove'; PROTEST is people demonstrating
    assert type_ in {e["type"] for e in analyse_text(text)}


@pytest.mark.parametrize("text, type_, source", [
    ("Die Türkei blockiert den Nato-Beitritt Schwedens.", "REJECT", "TUR"),
    ("Die Ukraine protestierte gegen die Entscheidung.", "DISAPPROVE", "UKR"),
    ("Offenbar hat Iran Drohnen an Russland geliefert.", "AID", "IRN"),
])
def test_states_named_with_an_article_act_as_states(analyse_text, text, type_, source):
    ev = next(e for e in analyse_text(text) if e["type"] == type_)
    assert [a.get("actor_code") for a in ev["source"]] == [source]


@pytest.mark.parametrize("text", [
    "Darüber hinaus wurde beschlossen, eine Delegation nach Polen zu entsenden.",
    "Die CDU hat die SPD zu Gesprächen über eine Koalition geladen.",
    "Die beiden Außenminister wollen sich nächste Woche in Wien treffen.",
])
def test_planned_or_offered_meeting_is_agree(analyse_text, text):
    # PLOVER: "references to future meetings, summits, state visits, etc. and invitations" are AGREE
    types = {e["type"] for e in analyse_text(text)}
    assert "AGREE" in types and "CONSULT" not in types


def test_meeting_on_a_later_day_is_planned(analyse_text):
    from lagebild.article import Article
    from lagebild.pipeline import analyse, default_pipeline
    evs = analyse(Article(text="Bei dem Außenministertreffen am Sonntag soll nun nach einer Lösung gesucht werden.",
                          id="t", date="2005-10-07"), default_pipeline())["events"]
    ev = next(e for e in evs if e["type"] in ("AGREE", "CONSULT"))
    assert (ev["type"], ev["modality"], ev["date"]) == ("AGREE", "future", "2005-10-09")


def test_extending_sanctions_keeps_their_doer(analyse_text):
    ev = next(e for e in analyse_text("Die EU verlängerte die Sanktionen gegen Belarus um ein Jahr.")
              if e["type"] == "SANCTION")
    assert [a.get("actor_code") for a in ev["source"]] == ["IGOEUREEC"]
