"""Security measures taken, raised, tightened or announced ("Die Behörden erhöhten die Sicherheitsvorkehrungen",
"Beim Gipfel werden erhöhte Sicherheitsmaßnahmen getroffen") put the police on guard like "verstärkte
Polizeipräsenz": MOBILIZE (triggers.tsv, Sicherheitsmaßnahme and Sicherheitsvorkehrung with a verb of taking or
raising in the clause). Named only as a topic ("Mängel bei der Kontrolle der Sicherheitsmaßnahmen", "betrifft die
Sicherheitsmaßnahmen") they are none. Read off the uncoded news (twenty-sixth session, helper e4: four of the 413
uncoded articles, lagebild missed them or took "Maßnahmen getroffen" for a meeting); gnad4 codes one such sentence.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_RAISED = "Nach der Drohung erhöhte die Polizei die Sicherheitsvorkehrungen am Bahnhof."


@pytest.mark.parametrize("text", [
    _RAISED,
    "Beim Derby am Samstag werden erhöhte Sicherheitsmaßnahmen getroffen.",
    "Der Innenminister hat schärfere Sicherheitsmaßnahmen für die Flughäfen angekündigt.",
    "Die Polizei trifft für den Gipfel umfangreiche Sicherheitsvorkehrungen.",
])
def test_security_measures_taken_are_a_mobilisation(analyse_text, text):
    assert of_type(analyse_text(text), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Die Regierung räumte Mängel bei der Kontrolle der Sicherheitsmaßnahmen ein.",
    "Die Debatte im Ausschuss betrifft die Sicherheitsmaßnahmen an den Flughäfen.",
    "Nach seinem Eintreffen sprach der Botschafter über die Sicherheitsvorkehrungen seines Hauses.",
])
def test_security_measures_named_as_a_topic_are_none(analyse_text, text):
    assert not of_type(analyse_text(text), "MOBILIZE")


def test_without_the_lines_the_measures_are_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r for r in rows if r[0] not in ("Sicherheitsmaßnahme", "Sicherheitsvorkehrung")], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not of_type(analyse_text(_RAISED), "MOBILIZE")
