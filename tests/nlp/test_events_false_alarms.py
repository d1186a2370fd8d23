"""False alarms that name no new act (nineteenth session, helper F3, precision): a hostile act
feared or warned of in the clause of a verb of fear, a hostile act noun that only sets the scene
("bei einem Angriff") of the act its clause reports, and an act noun that names what a body is for
("Organisation für das Verbot chemischer Waffen"). Found reading the false alarms of the
development parts; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Die Botschaft warnte ihre Bürger am Montag vor Anschlägen in der Hauptstadt.",
    "Die Regierung erklärte, dass sie einen Anschlag auf den Flughafen befürchte.",
    "Die Behörden befürchten, dass ein Anschlag auf den Flughafen bevorsteht.",
])
def test_a_feared_attack_in_the_clause_of_fear_is_no_event(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT") == []


def test_an_attack_in_a_time_phrase_before_the_fear_stays(analyse_text):
    text = "Nach dem Anschlag auf den Flughafen von Nairobi befürchten die Behörden neue Unruhen."
    assert len(of_type(analyse_text(text), "ASSAULT")) == 1


def test_without_the_rule_the_warned_attack_is_an_event(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FEAR_CLAUSE", False)
    text = "Die Botschaft warnte ihre Bürger am Montag vor Anschlägen in der Hauptstadt."
    assert of_type(analyse_text(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Am Montag hatten Soldaten der syrischen Armee bei einem Luftangriff den Rebellenführer Abu Karim getötet.",
    "Bei einem Angriff auf einen Stützpunkt, der im Süden liegt, töteten Rebellen zehn Soldaten.",
])
def test_an_attack_setting_the_scene_of_a_killing_is_one_act(analyse_text, text):
    assert len(of_type(analyse_text(text), "ASSAULT")) == 1


def test_an_attack_before_another_attack_stays_two_acts(analyse_text):
    text = "Nach dem Angriff auf den Stützpunkt griffen die Rebellen ein Dorf an."
    assert len(of_type(analyse_text(text), "ASSAULT")) == 2


def test_without_the_rule_the_scene_and_the_killing_are_two_acts(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SETTING_SAME_ACT", False)
    text = "Bei einem Angriff auf einen Stützpunkt, der im Süden liegt, töteten Rebellen zehn Soldaten."
    assert len(of_type(analyse_text(text), "ASSAULT")) == 2


@pytest.mark.parametrize("text, kind", [
    ("Die Organisation für das Verbot chemischer Waffen legte am Montag einen Bericht vor.", "COERCE"),
    ("Das Bundesministerium für wirtschaftliche Zusammenarbeit stellte am Montag einen Bericht vor.",
     "COOPERATE"),
])
def test_an_act_noun_naming_a_bodys_purpose_is_no_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


def test_a_ban_that_is_an_act_stays(analyse_text):
    text = "Die Regierung in Ankara verhängte am Montag ein Verbot der Partei."
    assert of_type(analyse_text(text), "COERCE")


def test_without_the_rule_the_bodys_purpose_is_a_ban(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PURPOSE_BODY", False)
    text = "Die Organisation für das Verbot chemischer Waffen legte am Montag einen Bericht vor."
    assert of_type(analyse_text(text), "COERCE")


@pytest.mark.parametrize("text, left", [
    ("Ein Gericht in Minsk verurteilte den Blogger wegen des Vorwurfs der Aufwiegelung zu zwei Jahren Haft.", 0),
    ("Wegen dieser Vorwürfe hat die Partei Klage gegen den Journalisten eingereicht.", 1),
])
def test_a_charge_in_a_cause_phrase_is_the_grounds_of_the_act(analyse_text, text, left):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == left


def test_a_charge_whose_author_is_named_stays(analyse_text):
    text = "Die Regierung entließ den Minister wegen der Vorwürfe der Opposition."
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_the_grounds_are_an_accusation(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CHARGE_GROUNDS", False)
    text = "Ein Gericht in Minsk verurteilte den Blogger wegen des Vorwurfs der Aufwiegelung zu zwei Jahren Haft."
    assert of_type(analyse_text(text), "DISAPPROVE")


_WAR = "Der Konflikt zwischen Armee und Rebellen hält an. "


@pytest.mark.parametrize("text", [
    _WAR + "Im vergangenen Jahr wurden in der Provinz 120 Angriffe auf Polizeiposten registriert.",
    _WAR + "Die Angriffe auf Polizeiposten stiegen im Jahr 2015 um 40 Prozent.",
])
def test_counted_attacks_are_a_statistic(analyse_text, text):
    assert of_type(analyse_text(text), "ASSAULT") == []


@pytest.mark.parametrize("text", [
    _WAR + "Bei Angriffen der Rebellen stiegen die Opferzahlen deutlich.",
    _WAR + "Durch einen Angriff im Jahr 2006 stiegen die Spannungen.",
])
def test_an_attack_with_its_doer_or_a_single_attack_stays(analyse_text, text):
    assert len(of_type(analyse_text(text), "ASSAULT")) == 1


def test_without_the_rule_counted_attacks_are_an_event(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STATISTICS", False)
    text = _WAR + "Die Angriffe auf Polizeiposten stiegen im Jahr 2015 um 40 Prozent."
    assert of_type(analyse_text(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Der Flugbetrieb auf dem Flughafen der Stadt wurde am Montag eingestellt.",
    "Wegen des Hochwassers mussten die Flugverbindungen zum Festland eingestellt werden.",
])
def test_flights_stopped_by_an_airport_or_a_flood_are_no_sanction(analyse_text, text):
    assert of_type(analyse_text(text), "SANCTION") == []


def test_flights_stopped_by_a_state_are_a_sanction(analyse_text):
    assert of_type(analyse_text("Russland stellte am Montag alle Flüge nach Georgien ein."), "SANCTION")


@pytest.mark.parametrize("text", [
    "Der Minister hatte alle Schlüsselposten mit Vertrauensleuten besetzt.",
    "Die Partei konnte im Parlament nicht alle Sitze besetzen.",
])
def test_posts_and_seats_filled_are_no_occupation(analyse_text, text):
    assert of_type(analyse_text(text), "PROTEST") == []


def test_protesters_occupying_a_building_stay_a_protest(analyse_text):
    assert of_type(analyse_text("Hunderte Demonstranten besetzten am Montag das Parlament in Bangkok."), "PROTEST")


@pytest.mark.parametrize("text", [
    "Jemanden nur wegen eines Verdachts in Haft zu nehmen, ist völlig überzogen, sagte der Anwalt.",
    "Die Demonstranten mit Gewalt zu vertreiben, wäre ein schwerer Fehler der Polizei.",
    "Eine Demonstration zu verbieten, weil ein Minister es verlangt, ist in Österreich nicht möglich.",
])
def test_an_infinitive_in_the_first_field_reports_no_act(analyse_text, text):
    assert [e for e in analyse_text(text) if e["type"] in ("COERCE", "CONCEDE")] == []


def test_a_purpose_clause_keeps_its_act(analyse_text):
    text = "Um die Demonstranten zu vertreiben, setzte die Polizei in Minsk Tränengas ein."
    assert of_type(analyse_text(text), "COERCE")


def test_without_the_rule_the_fronted_infinitive_is_an_arrest(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SUBJECT_INFINITIVE", False)
    text = "Jemanden nur wegen eines Verdachts in Haft zu nehmen, ist völlig überzogen, sagte der Anwalt."
    assert of_type(analyse_text(text), "COERCE")


def test_an_indefinite_pronoun_names_no_actor(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SUBJECT_INFINITIVE", False)
    text = "Jemanden nur wegen eines Verdachts in Haft zu nehmen, ist völlig überzogen, sagte der Anwalt."
    acts = of_type(analyse_text(text), "COERCE")
    assert acts and all("jemand" not in (a.get("name") or "").lower() for a in acts[0]["source"])


def test_nobody_is_the_subject_not_the_government_after_it(analyse_text):
    acts = of_type(analyse_text("Niemand hat die Regierung in Wien kritisiert."), "DISAPPROVE")
    assert len(acts) == 1 and acts[0]["negated"]
    assert [a.get("actor_code") for a in acts[0]["target"]] == ["AUTGOV"]


@pytest.mark.parametrize("text", [
    "Wien – Die Regierung braucht für ihre Reform die Zustimmung von Grünen oder FPÖ.",
    "Die Bundesregierung benötigt für das Gesetz die Zustimmung der SPD.",
])
def test_consent_needed_is_not_given(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE") == []


def test_consent_given_stays(analyse_text):
    assert of_type(analyse_text("Wien – Die Grünen gaben am Montag ihre Zustimmung zur Reform der Regierung."), "AGREE")


def test_without_the_rule_needed_consent_is_an_agreement(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NEEDED_ACTS", False)
    assert of_type(analyse_text("Die Bundesregierung benötigt für das Gesetz die Zustimmung der SPD."), "AGREE")
