"""An attributive participle of arrest or detention ("ein in Minsk festgenommener Blogger", "die
inhaftierten Journalisten") names a detention that lasts: COERCE, as the gnad1/gnad2 coders code
detention named in passing (EVENT_CODING.md, eighteenth session: "detention named in passing
COERCE"). Twentieth session, issue 10: ATTRIBUTIVE_DETENTION turned on. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, trigger", [
    ("Minsk – Ein am Sonntag festgenommener Blogger ist zu zwei Jahren Haft verurteilt worden.", "festgenommener"),
    ("Minsk – Die Anwälte der inhaftierten Journalistin legten Berufung ein.", "inhaftierten"),
    ("Minsk – Die Opposition verlangt die Freilassung der verhafteten Studenten.", "verhafteten"),
])
def test_a_detention_participle_is_coerce(analyse_text, text, trigger):
    acts = of_type(analyse_text(text), "COERCE")
    assert [a["trigger"]["text"] for a in acts] == [trigger]
    assert codes(acts[0]["source"]) == ["BLRCOP"]


@pytest.mark.parametrize("text", [
    "Minsk – Die Polizei hat den Platz vor dem Parlament abgesperrt.",
    "Minsk – Die 2019 verhängten Sanktionen belasten die Wirtschaft.",
])
def test_other_participles_stay_no_detention(analyse_text, text):
    assert not [a for a in of_type(analyse_text(text), "COERCE")
                if a["trigger"]["text"] in ("abgesperrten", "verhängten")]


def test_without_the_rule_the_detention_participle_is_no_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ATTRIBUTIVE_DETENTION", False)
    assert not of_type(analyse_text("Minsk – Die Anwälte der inhaftierten Journalistin legten Berufung ein."), "COERCE")
