"""Senses of trigger words that name no act, found reading lagebild's output on 10kGNAD articles:
"sich von der Reform etwas versprechen" is to expect, not to promise; "weiter auf freiem Fuß" is
still at large, not released; "Kabinettsposten mit Frauen besetzen" fills posts, it occupies
nothing; an interview with a newspaper ("im Gespräch mit dem STANDARD", "im STANDARD-Gespräch") is
no consultation; a fate is "besiegelt" by nobody's agreement; who "trifft den richtigen Ton" meets
nobody. Each is a data line (triggers.tsv, function_words.tsv) but the hyphenated compound,
whose modifier a flag (HYPHEN_NOMOD) now checks as a closed compound's. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import EventExtractor, extract, lexicon


@pytest.mark.parametrize("text, kind", [
    ("Die Regierung verspricht sich von der neuen Steuer mehr Einnahmen.", "AGREE"),
    ("Der mutmaßliche Täter befindet sich weiterhin auf freiem Fuß.", "RETREAT"),
    ("Der Verdächtige ist noch auf freiem Fuß.", "RETREAT"),
    ("Die Partei verlangte, die Ministerposten sollten je zur Hälfte mit Frauen besetzt werden.", "PROTEST"),
    ("Der Kanzler sagte im Gespräch mit dem STANDARD, er wolle die Steuern senken.", "CONSULT"),
    ("Der Kanzler sagte im STANDARD-Gespräch, er wolle die Steuern senken.", "CONSULT"),
    ("Die Ministerin kündigte im ORF-Interview eine Reform an.", "CONSULT"),
    ("Mit der Niederlage in Wien war das Schicksal des Kanzlers Meier besiegelt.", "AGREE"),
    ("Die Kapelle des Präsidenten Müller hatte Mühe, den richtigen Ton zu treffen.", "CONSULT"),
])
def test_an_idle_sense_is_no_event(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Die Regierung versprach den Bauern mehr Geld.", "AGREE"),
    ("Der Journalist ist seit Montag wieder auf freiem Fuß.", "RETREAT"),
    ("Demonstranten besetzten am Montag das Parlament.", "PROTEST"),
    ("Der Kanzler traf sich in Wien zu einem Gespräch mit dem Präsidenten Frankreichs.", "CONSULT"),
    ("Russland und China besiegelten am Montag ein Abkommen über Gas.", "AGREE"),
    ("Der Präsident Frankreichs traf am Montag den Kanzler Österreichs.", "CONSULT"),
])
def test_the_acting_sense_stays(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1


def _old_lexicon(full_nlp, monkeypatch, name: str, old: dict[tuple[str, str], str]) -> None:
    """Run the pipeline with a lexicon whose data file ``name`` has the flags cells ``old``
    ((lemma, type) -> last cell) as they were before this session."""
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file == name:
            rows = [r[:-1] + [old[(r[0], r[2])]] if (r[0], r[2]) in old else r for r in rows]
        return rows, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))


def test_without_the_data_lines_the_idle_senses_are_events(analyse_text, full_nlp, monkeypatch):
    _old_lexicon(full_nlp, monkeypatch, "triggers.tsv", {
        ("versprechen", "AGREE"): "-", ("Fuß", "RETREAT"): "obj=freien|freiem", ("besiegeln", "AGREE"): "-",
        ("treffen", "CONSULT"): "without=worden|wurde|wurden|aufeinander|geschoss|querschläger|projektil|tödlich"
                                "|lebensgefährlich|schwer|tödlichen"})
    assert of_type(analyse_text("Die Regierung verspricht sich von der neuen Steuer mehr Einnahmen."), "AGREE")
    assert of_type(analyse_text("Der mutmaßliche Täter befindet sich weiterhin auf freiem Fuß."), "RETREAT")
    assert of_type(analyse_text("Mit der Niederlage in Wien war das Schicksal des Kanzlers Meier besiegelt."), "AGREE")
    assert of_type(analyse_text("Die Kapelle des Präsidenten Müller hatte Mühe, den richtigen Ton zu treffen."),
                   "CONSULT")


def test_without_the_media_words_the_interview_is_a_consultation(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [[r[0], r[1].replace("standard;", "")] if r[0] == "media_word" else r for r in read(file)[0]],
        read(file)[1]) if file == "function_words.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    text = "Der Kanzler sagte im Gespräch mit dem STANDARD, er wolle die Steuern senken."
    assert of_type(analyse_text(text), "CONSULT")


def test_without_the_flag_the_hyphen_lets_the_head_through(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "HYPHEN_NOMOD", False)
    assert of_type(analyse_text("Der Kanzler sagte im STANDARD-Gespräch, er wolle die Steuern senken."), "CONSULT")
