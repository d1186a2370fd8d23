"""A noun trigger whose object words name the verb it goes with in its joined form ("Untersuchung" with
"anordn", "Ermittlungsverfahren" with "einleit") was no act when a main clause split that verb into a finite
verb and a particle at its end: "ordnete eine Untersuchung an", "leitete ein Ermittlungsverfahren ein". The
clause's finite verb joined with its closing separable particle now counts as an object word
(extract.SPLIT_VERB_OBJECTS). Read off the uncoded news (twenty-sixth session, helper e5: three uncoded
articles, all missed). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_ORDER = "Der Innenminister ordnete am Freitag eine Untersuchung der Wahl in der Provinz an."


def _probes(events):
    return [e for e in of_type(events, "DISAPPROVE") if e["trigger"]["text"] in ("ordnete", "leitete", "Untersuchung",
                                                                                  "Ermittlungsverfahren")]


@pytest.mark.parametrize("text", [
    _ORDER,
    "Die Staatsanwaltschaft leitete am Montag ein Ermittlungsverfahren wegen Untreue ein.",
])
def test_a_split_verb_names_the_investigation(analyse_text, text):
    assert _probes(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Der Innenminister ordnete am Freitag die Akten neu.",
    "Die Staatsanwältin leitete die Sitzung des Ausschusses.",
])
def test_a_verb_without_its_particle_is_no_investigation(analyse_text, text):
    assert not _probes(analyse_text(text))


def test_without_the_rule_the_split_verb_is_missed(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SPLIT_VERB_OBJECTS", False)
    assert not _probes(analyse_text(_ORDER))
