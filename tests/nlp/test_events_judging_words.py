"""Words that judge in a quote make it a DISAPPROVE of its speaker: discrimination ("Diskriminierung",
"diskriminiert"), a "Verweigerer", reports spread "ungeprüft", a plan that is "schrecklich", "kurzsichtig",
"wirkungslos", "unsinnig" or "widersinnig" (``neg`` in evaluations.tsv; from the missed DISAPPROVE events of
dev9, gnad2, gnad3 and gnad4). Not "naiv": "Wir sind nicht so naiv" is the speaker's own modesty (1 of 2
right on the development parts). Data lines only; extract.SPEECH_EVENTS off shows the quote rule carries
them. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

JUDGED = [
    "Eine solche Diskriminierung ausländischer Firmen hat im Binnenmarkt keinen Platz, sagte die EU-Kommission.",
    "Die Regierung in Budapest diskriminiere ausländische Firmen, sagte der EU-Kommissar.",
    "Ungarn sei der größte Verweigerer in der Asylpolitik, sagte der luxemburgische Außenminister.",
    "Die Zeitungen hätten die Gerüchte über den Minister ungeprüft verbreitet, schreibt der Regierungssprecher.",
    "Die Pläne der Regierung seien schrecklich für die Bauern, sagte der französische Landwirtschaftsminister.",
    "Die Sanktionen gegen Russland seien kurzsichtig und wirkungslos, sagte der Wirtschaftsminister.",
    "Die neue Regel der Kommission sei unsinnig, sagte der polnische Landwirtschaftsminister.",
]


@pytest.mark.parametrize("text", JUDGED)
def test_judging_word_in_a_quote_is_disapproval(analyse_text, text):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == 1


@pytest.mark.parametrize("text", [
    "Das war ein schrecklicher Unfall, sagte der Polizeisprecher.",
    "Es sei ein schreckliches Unglück für die ganze Stadt, sagte der Bürgermeister.",
])
def test_a_terrible_accident_judges_no_one(analyse_text, text):
    # "schrecklich" is also ``topical``: a terrible thing named with no party to blame is news, no stance
    assert of_type(analyse_text(text), "DISAPPROVE") == []


def test_not_naive_is_no_judgement(analyse_text):
    assert of_type(analyse_text("Wir sind nicht so naiv zu glauben, dass die Krise bald endet, sagte der "
                                "Finanzminister."), "DISAPPROVE") == []


def test_without_speech_events_no_disapproval(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SPEECH_EVENTS", False)
    assert of_type(analyse_text(JUDGED[1]), "DISAPPROVE") == []
