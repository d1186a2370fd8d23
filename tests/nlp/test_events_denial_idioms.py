"""Idioms of denial in reported speech are a REJECT of the speaker: a statement was "aus dem Zusammenhang
gerissen", a measure "hat nichts damit zu tun", someone "hat keinen Anteil an" a deal, a plan "kam nie zur
Sprache", a report is "aus der Luft gegriffen" or a "Falschmeldung" (``deny`` in evaluations.tsv; the
gnad4 and gnad3 coders code such statements as REJECT). "Verleumder", "verleumden" judge the accuser
(``neg``). Data lines only; speech.DENIALS off shows the denial needs them. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech


DENIALS = [
    "Der Außenminister sagte dem Rundfunk, seine Worte seien aus dem Zusammenhang gerissen worden.",
    "Die neue Steuer habe nichts damit zu tun, die Sparer zu bestrafen, versicherte der Finanzminister.",
    "Ein Sprecher der Regierung versicherte, der Präsident habe keinen Anteil an der Firma seines Bruders.",
    "Die Ministerin sagte, ein Austritt aus dem Bündnis sei im Kabinett nie zur Sprache gekommen.",
    "Der Bericht über geheime Absprachen sei völlig aus der Luft gegriffen, erklärte der Kanzler.",
    "Die Meldung über einen Rücktritt sei eine Falschmeldung, sagte der Sprecher des Präsidenten.",
]


@pytest.mark.parametrize("text", DENIALS)
def test_denial_idiom_is_a_rejection(analyse_text, text):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) and actor_codes(acts[0]["source"])[0].endswith("GOV")


def test_slander_judges_the_accuser(analyse_text):
    acts = of_type(analyse_text("Der Premierminister schrieb auf Twitter, er sei stolz auf die Fantasie seiner "
                                "Verleumder."), "DISAPPROVE")
    assert len(acts) == 1


def test_torn_from_a_wall_is_no_denial(analyse_text):
    assert of_type(analyse_text("Der Sturm hat das Dach aus der Verankerung gerissen, sagte der Bürgermeister."),
                   "REJECT") == []


def test_without_denials_no_rejection(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "DENIALS", False)
    assert of_type(analyse_text(DENIALS[0]), "REJECT") == []
