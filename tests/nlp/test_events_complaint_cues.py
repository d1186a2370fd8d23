"""A quote after a cue of complaint ("klagte, …", "klagten darüber, dass …") is a criticism (DISAPPROVE) of the
actors it names even when its words judge no one: a complaint tells of a wrong done in neutral words ("es habe
wieder Bombardierungen durch Kräfte der Regierung gegeben"), which the evaluative word lists never weighed
(speech.COMPLAINT_CUES, ``complain`` in evaluations.tsv). A complaint naming no actor and judging nothing (weather,
an illness) is a hardship, no event; an obligation in it stays a DEMAND. Read off the uncoded news
(twenty-sixth session, helper e5: three uncoded articles, four such quotes, all missed). Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import speech

_MEDIA = "Die Reporter klagten darüber, dass sie von der serbischen Polizei an den Grenzübergängen aufgehalten würden."
_CUES = ("klagte", "klagten", "klagt", "klagen")


def _complaints(events, type_="DISAPPROVE"):
    return [e for e in of_type(events, type_) if e["trigger"]["text"] in _CUES]


@pytest.mark.parametrize("text", [
    _MEDIA,
    "Der Bischof klagte, es habe in der Provinz erneut Luftangriffe der Armee auf Dörfer gegeben.",
    "Der Vorsitzende der Gewerkschaft klagte, das Ministerium beantworte seit Monaten keine Briefe.",
])
def test_a_complaint_about_an_actor_is_a_criticism(analyse_text, text):
    assert _complaints(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Die Winzer klagen, dass der späte Frost einen Teil der Ernte vernichtet habe.",
    "Viele Anwohner klagen seit Wochen über Kopfschmerzen und Husten.",
])
def test_a_complaint_that_blames_no_one_is_no_event(analyse_text, text):
    assert not _complaints(analyse_text(text))


def test_a_complaint_with_an_obligation_stays_a_demand(analyse_text):
    events = analyse_text("Der Oppositionsführer klagte, die Regierung müsse die Hilfen endlich auszahlen.")
    assert _complaints(events, "DEMAND") and not _complaints(events)


def test_without_the_rule_the_complaint_is_missed(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "COMPLAINT_CUES", False)
    assert not _complaints(analyse_text(_MEDIA))
