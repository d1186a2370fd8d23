"""The non-political beats of a news feed, sport and technology: "traf zum 1:0" is a goal, "trifft
im Viertelfinale auf" a draw, "schoss zwei Tore" no attack, "Apple verspricht ein Update" no
agreement. In a text where a third of the sentences use the words of beats.tsv (or give a score),
only acts with a political party of their own stay: the police, a government, a court, an IGO.
Fourteenth session, from the false alarms on the sports and technology news of a corpus without
event gold (10kGNAD); every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_MATCH = ("Im Viertelfinale trifft Weber auf den Spanier Ruiz. In der 23. Minute traf Weber zum 1:0. "
          "Kurz vor dem Abpfiff schoss Ruiz noch ein Tor.")


@pytest.mark.parametrize("text", [
    _MATCH,
    "Die Gäste schossen in der zweiten Halbzeit zwei Tore. Die Offensive der Gäste blieb bis zum Abpfiff stark.",
    "Rapid trifft am Sonntag im Derby auf die Austria. Der Tabellenführer will den Abstand auf fünf Punkte ausbauen.",
])
def test_a_match_report_has_no_political_events(analyse_text, text):
    assert analyse_text(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Nach dem Derby nahm die Polizei in Wien 40 Fans fest. Die Gäste hatten das Spiel mit 2:1 gewonnen. "
     "In der Bundesliga führt Rapid die Tabelle an.", "COERCE"),
    ("Die Nationalmannschaft gewann das Finale mit 3:1. Bundeskanzlerin Merkel gratulierte dem Team in "
     "einem Brief. Der Trainer bedankte sich bei den Fans.", "SUPPORT"),
])
def test_the_acts_of_political_parties_stay_in_a_sports_report(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)


def test_one_sporting_word_makes_no_sports_report(analyse_text):
    text = "Die Minister trafen sich am Montag um 19:30 Uhr in Brüssel. Über die Fußball-EM sprachen sie nicht."
    assert of_type(analyse_text(text), "CONSULT")


def test_without_the_rule_a_goal_is_a_meeting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "BEAT_ONLY_POLITICAL", False)
    assert of_type(analyse_text(_MATCH), "CONSULT")


@pytest.mark.parametrize("text", [
    "Der Hersteller verspricht für das Smartphone ein Update. Nutzer kritisieren die neue Version der App.",
    "Apple will mit Google bei der Software zusammenarbeiten. Das Update für das iPhone soll im Herbst kommen.",
])
def test_a_technology_report_has_no_political_events(analyse_text, text):
    assert analyse_text(text) == []


def test_a_state_act_stays_in_a_technology_report(analyse_text):
    text = ("Die türkische Regierung ließ den Kurznachrichtendienst Twitter sperren. Nutzer können die App "
            "seit Montag nicht mehr öffnen. Auch ein Update half nicht.")
    assert of_type(analyse_text(text), "COERCE")


def test_the_plot_of_a_film_has_no_political_events(analyse_text):
    text = ("Der neue Film des Regisseurs erzählt vom Leben eines Drehbuchautors. Im Film verlangt ein "
            "Ausschuss Namen von ihm, der ihm später ein Berufsverbot erteilt. Die Premiere war in Berlin.")
    assert analyse_text(text) == []
