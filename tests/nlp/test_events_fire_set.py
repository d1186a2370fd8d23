"""A fire someone sets ("Feuer legen") is arson, like "in Brand setzen": ASSAULT (triggers.tsv, the noun
"Feuer" with a form of "legen" in its clause). A fire set to cars, bins or barricades, or set by rioters or
demonstrators, is a riot's damage, PROTEST mode riot, as "Randalierer setzten Autos in Brand" already is (the
dev4 coders' decision). Fires that break out and the fire brigade laying hoses are no act. Read off the uncoded
news (twenty-sixth session, helper e4: three of the 413 uncoded articles tell of fires set in riots or attacks,
which lagebild missed); dev2 and dev5 code two such sentences. The line's stems also stand inside other words ("lahmgelegt", "abgelegen"),
which are excluded. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_ATTACK = "Unbekannte haben in der Nacht an einem Parteibüro in Leipzig Feuer gelegt."


def _fires(events, type_):
    return [e for e in of_type(events, type_) if e["trigger"]["text"] in ("Feuer", "legten", "gelegt")]


@pytest.mark.parametrize("text", [
    _ATTACK,
    "Die Täter hatten an der Synagoge ein Feuer gelegt.",
])
def test_a_fire_set_is_arson(analyse_text, text):
    assert _fires(analyse_text(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Am Wochenende wurde in der Vorstadt in mehr als hundert Autos Feuer gelegt.",
    "Nach dem Spiel legten Randalierer in der Innenstadt Feuer.",
])
def test_a_fire_set_to_cars_or_by_rioters_is_a_riot(analyse_text, text):
    events = analyse_text(text)
    assert _fires(events, "PROTEST") and not _fires(events, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Das Feuer brach am frühen Morgen in einer Lagerhalle am Hafen aus.",
    "Die Feuerwehr legte lange Schläuche bis zum Fluss.",
    "Die Regierung legt großen Wert auf die Sicherheit der Bürger.",
    "Das Feuer in der Raffinerie legte den Hafen der Armee stundenlang lahm.",
    "Das Feuer brach in einem abgelegenen Depot der Armee aus.",
])
def test_a_fire_nobody_set_is_no_act(analyse_text, text):
    events = analyse_text(text)
    assert not _fires(events, "ASSAULT") and not _fires(events, "PROTEST")


def test_without_the_lines_the_fire_set_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r for r in rows if r[0] != "Feuer"], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not _fires(analyse_text(_ATTACK), "ASSAULT")
