"""Running indirect speech that goes on criticising: after a speaker's criticism ("Die Grünen kritisierten
den Entwurf"), a sentence in Konjunktiv with no speech cue of its own whose words judge ("Die Kürzungen seien
verantwortungslos") is one more DISAPPROVE of that speaker, aimed at whom the sentence names, else at the
target of the criticism before. Before this rule such sentences made an event only when they laid an
obligation (a DEMAND), so the coders' DISAPPROVE in running speech was lost. A judging sentence with no
criticism of its speaker before it is an opinion about the world and stays no event. Session 29, helper e4.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import speech


@pytest.mark.parametrize("text", [
    "Die Grünen kritisierten am Dienstag den Haushaltsentwurf der Regierung, sagte Parteichefin Anna Berger. "
    "Die geplanten Kürzungen seien völlig verantwortungslos.",
    "Der Gewerkschaftsbund warf dem Arbeitsminister Untätigkeit vor. Das neue Pensionsmodell sei unsozial "
    "und absurd.",
])
def test_judging_running_speech_after_a_criticism_is_one_more_disapprove(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 2
    assert codes(acts[1]["source"]) == codes(acts[0]["source"])
    assert codes(acts[1]["target"]) == codes(acts[0]["target"])


@pytest.mark.parametrize("text", [
    "Der Bürgermeister sagte am Montag, die Stadt werde das Freibad renovieren. Das alte Gebäude sei baufällig "
    "und gefährlich.",
    "Der Minister sprach am Montag in Graz. Die Lage an der Grenze sei schwierig.",
])
def test_judging_running_speech_with_no_criticism_before_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_running_criticism_makes_no_event(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "RUNNING_CRITICISM", False)
    acts = of_type(analyse_text("Der Gewerkschaftsbund warf dem Arbeitsminister Untätigkeit vor. Das neue "
                                "Pensionsmodell sei unsozial und absurd."), "DISAPPROVE")
    assert len(acts) == 1
