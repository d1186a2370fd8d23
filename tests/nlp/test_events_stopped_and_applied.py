"""Two verbs whose type depends on what they take: "stoppen" coerces people and vehicles halted at
a border, sanctions stopped aid or trade, rejects a stopped law and names no act for a development,
violence or a clock; "beantragen" of a person's papers or benefits (asylum, a postal ballot, a
pension) is an application at an office, no political demand, and asylum asked for is no aid
given. Twentieth session, precision (the gnad3 coders: trains stopped before the border COERCE;
"Personen, die in Österreich Asyl beantragen" no event). Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract, lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei hat die Flüchtlinge an der Grenze gestoppt.", "COERCE"),
    ("Die Küstenwache stoppte zwei Boote vor der Insel.", "COERCE"),
    ("Die Regierung stoppte die Hilfszahlungen an das Nachbarland.", "SANCTION"),
    ("Die Regierung stoppte alle Waffenlieferungen an Saudi-Arabien.", "SANCTION"),
    ("Der Präsident hat das umstrittene Gesetz gestoppt.", "REJECT"),
    ("Das Frachtschiff hielt Kurs auf den Hafen, bis es vor der Küste gestoppt wurde.", "COERCE"),
])
def test_what_is_stopped_gives_the_type(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1


@pytest.mark.parametrize("text", [
    "Eine Signalstörung hat am Morgen tausende Pendler gestoppt.",
    "Die Regierung will diese Entwicklung rasch stoppen.",
    "Am Ziel wird die Zeit jedes Läufers gestoppt.",
])
def test_a_stopped_development_is_no_act(analyse_text, text):
    assert analyse_text(text) == []


@pytest.mark.parametrize("text", [
    "Im Herbst haben in Tirol tausende Menschen Asyl beantragt.",
    "Im ersten Wahlgang beantragten viele Grazer eine Wahlkarte.",
    "Viele Arbeitslose beantragen inzwischen die Mindestsicherung.",
])
def test_papers_and_benefits_applied_for_are_no_demand(analyse_text, text):
    assert analyse_text(text) == []


@pytest.mark.parametrize("text", [
    "Portugal hat bei der EU ein neues Hilfspaket beantragt.",
    "Die Opposition beantragte eine Sondersitzung des Nationalrats.",
])
def test_a_request_of_a_party_stays_a_demand(analyse_text, text):
    assert len(of_type(analyse_text(text), "DEMAND")) == 1


def _old_lines(full_nlp, monkeypatch):
    """Run the pipeline with the bare lines of before: one SANCTION line for "stoppen", no exceptions
    for "beantragen" and "Asyl"."""
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file != "triggers.tsv":
            return rows, examples
        out = []
        for r in rows:
            if r[0] == "stoppen":
                if r[2] == "SANCTION":
                    out.append(r[:5] + ["-"])
                continue
            out.append(r[:5] + ["-"] if r[0] in ("beantragen", "Asyl") else r)
        return out, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))


def test_without_the_data_lines_every_stop_is_a_sanction_and_asylum_a_demand(analyse_text, full_nlp, monkeypatch):
    _old_lines(full_nlp, monkeypatch)
    assert [e["type"] for e in analyse_text("Die Polizei hat die Flüchtlinge an der Grenze gestoppt.")] == ["SANCTION"]
    assert "DEMAND" in [e["type"] for e in analyse_text("Im Herbst haben in Tirol tausende Menschen Asyl beantragt.")]


def test_without_the_flag_a_pronoun_hides_what_is_stopped(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "OBJECT_SENTENCE", False)
    assert of_type(analyse_text("Das Frachtschiff hielt Kurs auf den Hafen, bis es vor der Küste gestoppt wurde."),
                   "COERCE") == []
