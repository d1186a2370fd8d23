""""Bedrohung" is a threat act only when a party is named as its doer ("die russische Bedrohung der
Nachbarn", "die Bedrohung durch die Miliz"); with nobody named it is a danger: "vor allen Bedrohungen
schützen", "eine Bedrohung darstellen", a topic "Bedrohung durch Cyberwaffen". In uncoded 10kGNAD and
Wikinews articles all six THREATEN of a partyless "Bedrohung(en)" were dangers of this kind, coded for
the setting's government (triggers.tsv: the Bedrohung line takes the "actor" flag). Twenty-ninth
session, helper e7. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_LEAD = "Wien – Die österreichische Regierung hat am Montag ein neues Sicherheitspaket beschlossen. "
_SHIELD = _LEAD + "Zwei neue Einheiten sollen die Bürger vor allen Bedrohungen schützen."


@pytest.mark.parametrize("text", [
    _SHIELD,
    _LEAD + "Nicht Vereine stellen eine Bedrohung dar, sondern einzelne Täter.",
    _LEAD + "Auf der Tagung geht es um Bedrohung durch Cyberwaffen, Steuern und Energie.",
])
def test_a_danger_nobody_poses_is_no_threat(analyse_text, text):
    assert not of_type(analyse_text(text), "THREATEN")


@pytest.mark.parametrize("text", [
    "Moskau – Die russische Bedrohung der baltischen Staaten beunruhigt die Nato.",
    "Kabul – Die Dorfbewohner sind seit Monaten der Bedrohung durch die Taliban ausgesetzt.",
])
def test_a_threat_with_its_party_stays(analyse_text, text):
    assert of_type(analyse_text(text), "THREATEN")


def test_without_the_actor_flag_the_danger_is_a_threat(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r[:-1] + ["-"] if r[0] == "Bedrohung" and r[-1] == "actor" else r for r in rows], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text(_SHIELD), "THREATEN")
