"""A lawsuit or criminal complaint is filed by the subject of the verb that carries it: "Die
Lufthansa reichte Klage ... ein", "Elf Frauen erstatteten Anzeige". einreichen, erstatten and
anstrengen were no light verbs, so in a simple past the noun after the verb got the default
doer JUD (DISAPPROVE JUD > ... for a claim the opposition filed); they are data lines in
triggers.tsv. And "Vor dem Obersten Gericht hatte die Opposition Klage eingereicht": the search for
the preposition before an actor stopped at the capitalised adjective of a name, so the court was
the subject (NAME_ADJECTIVE_IN_PP). Eighteenth session; found reading lagebild's output on 10kGNAD
Wirtschaft and Panorama articles. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract, lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text, source, target", [
    ("Die Opposition reichte am Montag eine Klage gegen die Regierung ein.", ["OPP"], ["GOV"]),
    ("Die Regierung erstattete Anzeige gegen die Demonstranten.", ["GOV"], ["CVL"]),
    ("Die Opposition strengte eine Klage gegen die Regierung an.", ["OPP"], ["GOV"]),
])
def test_the_subject_files_the_claim(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_a_refund_is_no_event(analyse_text):
    assert not analyse_text("Die Versicherung erstattete den Opfern die Kosten.")


def test_without_the_data_lines_the_claim_has_the_default_doer(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines
    monkeypatch.setattr(lexicon, "_data_lines", lambda file: (
        [r for r in read(file)[0] if r[0] not in ("ein|reichen", "erstatten", "an|strengen")],
        read(file)[1]) if file == "triggers.tsv" else read(file))
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    acts = of_type(analyse_text("Die Opposition reichte am Montag eine Klage gegen die Regierung ein."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["JUD"]


@pytest.mark.parametrize("text, source", [
    ("Vor dem Obersten Gericht hatte die Opposition eine Klage eingereicht.", ["OPP"]),
    ("Beim Obersten Gericht hatte die Opposition eine Klage eingereicht.", ["OPP"]),
])
def test_a_court_named_with_a_capitalised_adjective_in_a_phrase_is_no_subject(analyse_text, text, source):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and codes(acts[0]["source"]) == source


def test_without_the_rule_the_court_is_the_subject(analyse_text, monkeypatch):
    # "Vor dem", not "Beim Obersten Gericht": the candidate NER weights (ship7-s1) mark "Obersten
    # Gericht" after "Beim" a name (ORG), so there the court is no subject even without the rule; after
    # "Vor dem" both the shipped and the candidate weights leave it unmarked and the error shows
    monkeypatch.setattr(extract, "NAME_ADJECTIVE_IN_PP", False)
    # (DATIVE_PHRASE_ARTICLE reads the "dem" before the adjective as well and keeps the court from the
    # subject too; off here so that this rule is seen alone)
    monkeypatch.setattr(extract, "DATIVE_PHRASE_ARTICLE", False)
    acts = of_type(analyse_text("Vor dem Obersten Gericht hatte die Opposition eine Klage eingereicht."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["JUD"]
