"""Resistance against a plan or a measure is a REJECT: "gegen den Widerstand der Anrainer", "ruft zum Widerstand
gegen die Pläne auf" (triggers.tsv Widerstand with prep=gegen and nouns of plans and measures in the clause); armed
or physical resistance ("Widerstand gegen die Besatzer leisten") and giving up one's resistance are not this
line's. Data line only. Twenty-fourth session, issue 10; found on the development part gnad4. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import EventExtractor, lexicon


@pytest.mark.parametrize("text", [
    "Gegen den Widerstand der Gemeinde will das Land die Errichtung eines Windparks durchsetzen.",
    "Die Grünen riefen zum Widerstand gegen die Pläne der Landesregierung auf.",
    "In der Koalition wächst der Widerstand gegen die Reform der Pensionen.",
])
def test_resistance_to_a_plan_is_a_rejection(analyse_text, text):
    assert len(of_type(analyse_text(text), "REJECT")) == 1


@pytest.mark.parametrize("text", [
    "Die Partisanen leisteten Widerstand gegen die Besatzer.",
    "Er gilt als Unterstützer des Widerstandes gegen den Diktator.",
])
def test_armed_resistance_is_not_this_rejection(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


def test_without_the_data_line_resistance_to_a_plan_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file == "triggers.tsv":
            rows = [r for r in rows if not (r[0] == "Widerstand" and "prep=gegen" in r[-1])]
        return rows, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not of_type(analyse_text("Die Grünen riefen zum Widerstand gegen die Pläne der Landesregierung auf."),
                       "REJECT")
