"""Modality cues of events (cues.tsv): an act a law or office merely permits is possible, not done.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text,trigger", [
    ("Nach dem neuen Gesetz können die Behörden in Thailand Verdächtige festnehmen.", "festnehmen"),
    ("Der Präsident kann das Parlament jederzeit auflösen.", "auflösen"),
])
def test_an_act_that_can_happen_is_hypothetical(full_nlp, text, trigger):
    doc = full_nlp.make_doc(text)
    doc._.dct = "2020-05-01"
    found = [e for e in full_nlp(doc)._.events if e["trigger"]["text"] == trigger]
    assert found and found[0]["modality"] == "hypothetical"


def test_an_act_that_happened_stays_asserted(full_nlp):
    doc = full_nlp.make_doc("Die Behörden in Thailand nahmen am Montag zwölf Verdächtige fest.")
    doc._.dct = "2020-05-01"
    found = full_nlp(doc)._.events
    assert found and all(e["modality"] == "asserted" for e in found)


@pytest.mark.parametrize("text, type_", [
    ("Die Gespräche in Genf endeten ohne Einigung.", "AGREE"),
    ("Die Polizei in Minsk nahm niemanden fest.", "COERCE"),
])
def test_negation_words_before_the_act(analyse_text, text, type_):
    ev = next(e for e in analyse_text(text) if e["type"] == type_)
    assert ev["negated"]


def test_the_talks_themselves_are_not_negated_by_their_missing_outcome(analyse_text):
    ev = next(e for e in analyse_text("Die Gespräche in Genf endeten ohne Einigung.") if e["type"] == "CONSULT")
    assert not ev["negated"]
