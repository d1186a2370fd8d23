"""Conveying knowledge, teaching and brokering are no mediation: "vermitteln" and "Vermittlung" with
"Grundlagen", "Ausbildung", "Werteordnung" or "Wertpapiere" in their clause, and a "Zimmervermittlung",
give no CONSULT (without= and nomod= on the lines of vermitteln and Vermittlung in triggers.tsv, which
already knew "Wissen", "Werte" and "Wohnungen"); mediating in peace talks or between parties stays.
Twenty-fourth session, false alarms of dev8, gnad2, gnad4 and gnad5. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_NEW = "grundlagen|ausbildung|werteordnung|wertpapiere|wertpapieren"


@pytest.mark.parametrize("text", [
    "Der Lehrerverband vermittelt in den Kursen die Grundlagen des Asylrechts.",
    "Die Polizeigewerkschaft vermittelt in der Ausbildung der Beamten, wie man Konflikte entschärft.",
    "Der Integrationsminister verlangte eine bessere Vermittlung der österreichischen Werteordnung an Zuwanderer.",
    "Die Bank verdiente an der Vermittlung von Wertpapieren an die Regierung.",
    "Die Stadt Wien will die private Zimmervermittlung stärker besteuern.",
])
def test_conveying_and_brokering_are_no_mediation(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT") == []


@pytest.mark.parametrize("text", [
    "Ägypten vermittelte zwischen Israel und der Hamas.",
    "Die USA versuchen, in den festgefahrenen Friedensverhandlungen zu vermitteln.",
])
def test_mediation_between_parties_stays(analyse_text, text):
    assert len(of_type(analyse_text(text), "CONSULT")) == 1


def test_without_the_new_words_basics_are_mediated(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r[:5] + [r[5].replace("|" + _NEW, "")] + r[6:]
                if r[0] in ("vermitteln", "Vermittlung") and r[2] == "CONSULT" else r for r in rows], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text("Der Lehrerverband vermittelt in den Kursen die Grundlagen des Asylrechts."), "CONSULT")
    assert of_type(analyse_text("Die Bank verdiente an der Vermittlung von Wertpapieren an die Regierung."), "CONSULT")
