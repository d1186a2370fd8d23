"""An NGO that spoke last is not guessed as the one a later act is aimed at
(lagebild.nlp.events.extract.NGO_NOT_GUESSED_ADDRESSEE, twenty-eighth session). A verbal act with no
addressee takes the last other party of the context (ADDRESSEE_FROM_CONTEXT); after an environmental
or human-rights group had commented, a government's promise, demand or warning was aimed at that
group. Such groups comment on what states and bodies do; only a refusal or an answer ("wies die
Kritik zurück") is aimed at them. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_DEMAND = ("Amnesty International kritisierte am Montag die Zustände in den Gefängnissen. Der Innenminister "
           "forderte mehr Personal für die Haftanstalten.")


@pytest.mark.parametrize("text,type_", [
    (_DEMAND, "DEMAND"),
    ("Die Umweltorganisation Greenpeace kritisierte am Montag die Fischereipolitik scharf. Die Bundesregierung "
     "sagte am Dienstag mehr Geld für den Meeresschutz zu.", "AGREE"),
])
def test_an_ngo_that_spoke_last_is_not_the_guessed_addressee(analyse_text, text, type_):
    acts = of_type(analyse_text(text), type_)
    assert acts and not any(c.startswith("NGO") for a in acts for c in codes(a["target"]))


@pytest.mark.parametrize("text", [
    "Die Regierung in Berlin hat am Montag ein neues Gesetz beschlossen. Die Umweltorganisation Greenpeace "
    "kritisierte das Gesetz scharf. Das Innenministerium wies die Vorwürfe am Abend zurück.",
    "Frankreich hat neue Atomtests angekündigt. Greenpeace verurteilte die Pläne. Die französische Regierung "
    "wies die Kritik am Dienstag zurück.",
])
def test_a_refusal_still_answers_the_ngo(analyse_text, text):
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and codes(acts[-1]["target"]) == ["NGOENV"]


def test_without_the_rule_the_ngo_is_the_addressee(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NGO_NOT_GUESSED_ADDRESSEE", False)
    acts = of_type(analyse_text(_DEMAND), "DEMAND")
    assert acts and codes(acts[-1]["target"]) == ["NGOHRIAMN"]
