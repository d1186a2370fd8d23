"""Everyday senses of three act verbs (without= in triggers.tsv): a tourist tax "abgeführt" to the town is paid,
nobody is led away ("abführen" COERCE without "Ortstaxe", "Gästetaxe", "Kurtaxe", "Abgabe" …); "sich verhören"
is mishearing, no interrogation ("verhören" COERCE without a reflexive pronoun); pupils visiting workshops or a
seminar, visitors an exhibition, meet no party ("besuchen" CONSULT without "Schüler", "Workshops", "Seminar",
"Ausstellung"). Found reading the false COERCE and CONSULT alarms of the development parts (gnad2, gnad5: 4
predictions, all wrong). Police leading a suspect away, a secret service interrogating a journalist and a
minister's visit stay. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor

_ADDED = {
    "ab|führen": "|abgabe|", "verhören": "without=sich|mich|dich|uns|euch",
    "besuchen": "|schüler|schülerinnen|workshop|workshops|seminar|seminare|ausstellung|",
}


@pytest.mark.parametrize("text, kind", [
    ("Die Vermieter müssen die Ortstaxe jeden Monat an die Stadt abführen.", "COERCE"),
    ("Für jede Übernachtung wird eine Gästetaxe an die Gemeinde abgeführt.", "COERCE"),
    ("Der Hotelier hat die Kurtaxe nie an das Rathaus abgeführt.", "COERCE"),
    ("Da haben Sie sich wohl verhört.", "COERCE"),
    ("Ich glaube, ich habe mich verhört.", "COERCE"),
    ("Im vergangenen Jahr besuchten 3.000 Schüler die Workshops des Museums.", "CONSULT"),
    ("Rund 200 Schülerinnen besuchten am Freitag das Seminar.", "CONSULT"),
])
def test_everyday_senses_are_no_acts(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei führte den Demonstranten nach einer Rangelei ab.", "COERCE"),
    ("Die Beamten haben den Verdächtigen in Handschellen abgeführt.", "COERCE"),
    ("Die Polizei verhörte den Verdächtigen stundenlang.", "COERCE"),
    ("Der Journalist wurde zwei Tage lang vom Geheimdienst verhört.", "COERCE"),
    ("Der Außenminister besuchte am Montag seinen polnischen Amtskollegen in Warschau.", "CONSULT"),
])
def test_the_political_senses_stay(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1


def test_without_the_words_the_everyday_senses_are_acts(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        out = []
        for r in rows:
            if r[0] in _ADDED and r[2] in ("COERCE", "CONSULT"):
                flags = r[5]
                if r[0] == "verhören":
                    flags = "-"
                elif r[0] == "ab|führen":
                    flags = flags.replace("|abgabe|abgaben|taxe|ortstaxe|gästetaxe|kurtaxe|tourismusabgabe|",
                                          "|abgaben|")
                else:
                    flags = flags.replace(_ADDED["besuchen"], "|")
                r = r[:5] + [flags] + r[6:]
            out.append(r)
        return out, rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text("Die Vermieter müssen die Ortstaxe jeden Monat an die Stadt abführen."), "COERCE")
    assert of_type(analyse_text("Da haben Sie sich wohl verhört."), "COERCE")
    assert of_type(analyse_text("Im vergangenen Jahr besuchten 3.000 Schüler die Workshops des Museums."), "CONSULT")
