"""An investigation that comes to a conclusion ("kommt/gelangt zu dem Schluss/Ergebnis, dass …" with an
investigation word in the clause: "Untersuchung", "Untersuchungsbericht", "Untersuchungskommission",
"Ermittler") states a finding of fault: DISAPPROVE (triggers.tsv, "kommen"/"gelangen" with obj2). The coders
coded all three on the development parts (dev, dev3, gnad2), which lagebild missed. Anyone else coming to a
conclusion shares a view and stays no event. Twenty-fifth session, helper e8. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_FINDING = "Eine Untersuchung der Armee kommt zu dem Ergebnis, dass die Soldaten gegen ihre Befehle verstoßen haben."


def _findings(events):
    return [e for e in of_type(events, "DISAPPROVE") if e["trigger"]["text"].startswith(("kam", "komm", "gelang"))]


@pytest.mark.parametrize("text", [
    _FINDING,
    "Der Untersuchungsbericht des Innenministeriums kam zu dem Schluss, dass der Bürgermeister Gelder veruntreut hatte.",
    "Die Ermittler gelangten zu dem Schluss, dass der Brand absichtlich gelegt worden war.",
])
def test_an_investigation_coming_to_a_conclusion_finds_fault(analyse_text, text):
    assert _findings(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Der Minister kam zu dem Schluss, dass der Sommer heiß wird.",
    "Die Forscher kommen zu dem Ergebnis, dass Kaffee gesund ist.",
])
def test_others_coming_to_a_conclusion_share_a_view(analyse_text, text):
    assert not _findings(analyse_text(text))


def test_without_the_lines_the_finding_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r for r in rows if not (r[0] in ("kommen", "gelangen") and r[2] == "DISAPPROVE")], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not _findings(analyse_text(_FINDING))
