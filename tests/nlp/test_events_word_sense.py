"""Word senses that name no act. A finite verb whose clause closes with a separable particle the
lexicon lists no verb for is another verb: "Da drängt sich der Verdacht auf" (aufdrängen) is no
demand, "Die Vorwürfe treffen nicht zu" (zutreffen) no meeting, "fordert den Amtsinhaber heraus"
(herausfordern) no demand. Ruling out a coalition or support ("hat eine Koalition mit der FPÖ
ausgeschlossen") is a refusal, not an expulsion. "Sozialpartnerschaft" and a public-private
partnership name an institution and a financing model, no act. A plain warning of a crisis ("warnte
vor einer humanitären Krise") is no event, a warning addressed to a party is. Eighteenth session, helper H3; found reading lagebild's output on
10kGNAD articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Da drängt sich der Verdacht auf, dass der Minister gelogen hat.", "DEMAND"),
    ("Die Anschuldigungen gegen die Ministerin treffen nach ihren Worten nicht zu.", "CONSULT"),
    ("Ein junger Abgeordneter fordert den Bürgermeister bei der Wahl im Herbst heraus.", "DEMAND"),
])
def test_a_stray_particle_makes_another_verb(analyse_text, text, kind):
    assert not of_type(analyse_text(text), kind)


@pytest.mark.parametrize("text, kind", [
    ("Die Gewerkschaft fordert vom Ministerium die Unterlagen an.", "DEMAND"),  # an|fordern is listed
    ("Die Opposition drängt die Regierung zu Neuwahlen.", "DEMAND"),  # no particle
    ("Der Kanzler kritisierte die Regierung in Wien von Anfang an.", "DISAPPROVE"),  # a frame with "von"
    ("Der Kanzler kritisierte die Pläne und wies die Vorwürfe zurück.", "DISAPPROVE"),  # the next verb's particle
    ("Die Regierung billigte den Häftlingen das Recht auf Besuche zu.", "CONCEDE"),  # zu|billigen is listed
])
def test_a_listed_particle_verb_or_a_frame_stays(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)


def test_without_the_rule_the_simple_verb_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "STRAY_PARTICLE", False)
    # (not "drängt sich … auf": a reflexive "drängen" is no demand by its own line in triggers.tsv since the
    # twenty-fourth session, "An der Grenze drängen sich tausende Flüchtlinge")
    text = "Ein junger Abgeordneter fordert den Bürgermeister bei der Wahl im Herbst heraus."
    assert of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("text", [
    "Die Grünen haben vor der Wahl eine Koalition mit den Freiheitlichen ausgeschlossen.",
    "Finanzielle Unterstützung durch eine Partei hat die Kandidatin von Anfang an ausgeschlossen.",
])
def test_ruling_out_a_coalition_or_support_is_a_refusal(analyse_text, text):
    acts = analyse_text(text)
    assert of_type(acts, "REJECT") and not of_type(acts, "SANCTION")


def test_an_expulsion_from_a_group_stays_a_sanction(analyse_text):
    assert of_type(analyse_text("Die Partei hat den Abgeordneten wegen seiner Äußerungen aus der Fraktion ausgeschlossen."),
                   "SANCTION")


@pytest.mark.parametrize("text", [
    "Die Sozialpartnerschaft hat in Österreich eine lange Tradition.",
    "Das neue Spital wird als Öffentlich-Private-Partnerschaft errichtet.",
])
def test_a_partnership_that_names_an_institution_is_no_act(analyse_text, text):
    assert not of_type(analyse_text(text), "COOPERATE")


def test_a_partnership_between_states_stays(analyse_text):
    assert of_type(analyse_text("Die Partnerschaft zwischen Polen und der Ukraine wurde am Montag vertieft."), "COOPERATE")


@pytest.mark.parametrize("text", [
    "Die Hilfsorganisation warnte am Montag vor einer humanitären Krise im Süden des Landes.",
    "Der Währungsfonds warnt vor einer Rezession in der Eurozone.",
])
def test_a_warning_of_a_crisis_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_a_warning_to_a_party_stays(analyse_text):
    assert of_type(analyse_text("Die Opposition warnte die Regierung vor einem Alleingang in der Asylpolitik."),
                   "DISAPPROVE")
