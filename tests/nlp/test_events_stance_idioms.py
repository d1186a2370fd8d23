"""Words of rapprochement and backing that news uses for political acts: "die Annäherung zwischen
Seoul und Pjöngjang" is COOPERATE, "sprangen dem Parteichef bei" and "nahm den Minister in Schutz"
are SUPPORT; "in Gewahrsam nehmen" stays an arrest and a jump into water is no act. Fourteenth
session; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, kind", [
    ("Die Annäherung zwischen Seoul und Pjöngjang kommt nur langsam voran.", "COOPERATE"),
    ("Mehrere Landesverbände sprangen dem Parteichef in der Debatte bei.", "SUPPORT"),
    ("Die Kanzlerin nahm den Minister gegen die Vorwürfe in Schutz.", "SUPPORT"),
])
def test_rapprochement_and_backing_are_acts(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)


def test_taking_into_custody_stays_an_arrest(analyse_text):
    events = analyse_text("Die Polizei nahm den Mann in Gewahrsam.")
    assert of_type(events, "COERCE") and not of_type(events, "SUPPORT")


def test_jumping_is_no_backing(analyse_text):
    assert not of_type(analyse_text("Der Künstler sprang vom Steg ins Wasser."), "SUPPORT")


@pytest.mark.parametrize("text, kind, sector", [
    ("Von der Opposition kam scharfe Kritik an dem Plan.", "DISAPPROVE", "OPP"),
    ("Auch von Innenminister Otto Schily kamen Glückwünsche zum Titel.", "SUPPORT", "GOV"),
])
def test_the_von_phrase_of_kommen_is_whose_act_the_noun_names(analyse_text, text, kind, sector):
    acts = of_type(analyse_text(text), kind)
    assert acts and any((a.get("actor_code") or "").endswith(sector) for a in acts[0]["source"])


@pytest.mark.parametrize("text", [
    "Die Aktien der Bank gaben seit Jahresbeginn um 40 Prozent nach.",
    "Der Ölpreis gab am Montag leicht nach.",
    "Bei der Reform des Haushalts drängt allerdings die Zeit.",
])
def test_market_and_time_idioms_are_no_acts(analyse_text, text):
    assert analyse_text(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Die Regierung gab dem Druck der Gewerkschaften nach.", "CONCEDE"),
    ("Die USA drängten Israel zu einer Feuerpause.", "DEMAND"),
])
def test_giving_in_and_urging_stay_acts(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)


def test_sympathy_is_support(analyse_text):
    text = "Der Bundespräsident sprach den Angehörigen der Opfer in Christchurch seine Anteilnahme aus."
    assert of_type(analyse_text(text), "SUPPORT")


def test_attendance_at_a_funeral_is_no_support(analyse_text):
    assert not of_type(analyse_text("Die Anteilnahme an der Trauerfeier in Wellington war groß."), "SUPPORT")


@pytest.mark.parametrize("text, trigger", [
    ("Der Pilot befindet sich noch immer in litauischem Gewahrsam.", "Gewahrsam"),
    ("Die Polizei nahm den Mann in Gewahrsam.", "nahm"),  # one arrest, not two
])
def test_custody_is_one_arrest(analyse_text, text, trigger):
    arrests = of_type(analyse_text(text), "COERCE")
    assert [e["trigger"]["text"] for e in arrests] == [trigger]


@pytest.mark.parametrize("text, expected", [
    ("Die Opposition sieht in dem Gesetz eine Gefahr für die Pressefreiheit.", True),
    ("Das Institut sieht für Deutschland derzeit keine besondere Gefahr.", False),
    ("Der Minister sieht die Gefahr einer Einschränkung des Wettbewerbs.", False),
])
def test_seeing_a_danger_in_something_is_criticism_of_it(analyse_text, text, expected):
    assert bool(of_type(analyse_text(text), "DISAPPROVE")) is expected


@pytest.mark.parametrize("text, expected", [
    ("In der Nacht waren in Athen etwa 1.300 Polizisten im Einsatz.", True),
    ("Der Präsident würdigte ihn für seinen Einsatz als Soldat.", False),
    ("Ein Großaufgebot an Feuerwehr und Rettungsdiensten war im Einsatz.", False),
])
def test_a_deployment_is_of_forces_not_of_commitment_or_rescuers(analyse_text, text, expected):
    assert bool(of_type(analyse_text(text), "MOBILIZE")) is expected


def test_obtaining_an_injunction_is_an_allegation(analyse_text):
    events = analyse_text("Der Verband hat gegen den Sender eine einstweilige Verfügung erwirkt.")
    assert of_type(events, "DISAPPROVE")

