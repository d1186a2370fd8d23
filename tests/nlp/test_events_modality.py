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
