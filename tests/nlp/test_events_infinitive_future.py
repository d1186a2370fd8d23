"""With an act verb in the infinitive, "werde"/"wird" is the future auxiliary even when the tagger
reads another verb of the clause as a participle ("zugehen" as VVPP): the act is planned, and a
planned meeting is AGREE future in PLOVER (``INFINITIVE_TRIGGER_FUTURE``). Twentieth session (F5);
found in gnad3 ("werde ... zugehen und mit Raiffeisen reden" was an asserted CONSULT). Every sentence
is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

SENTENCE = "Die Gewerkschaft werde auf die Arbeitgeber zugehen und mit der Bank reden."


@pytest.mark.parametrize("text", [
    SENTENCE,
    "Die Gewerkschaft wird auf die Arbeitgeber zugehen und verhandeln.",
    "Die Opposition werde auf die Regierung zugehen und mit dem Kanzler verhandeln.",
])
def test_a_meeting_after_werde_is_planned(analyse_text, text):
    evs = analyse_text(text)
    assert not of_type(evs, "CONSULT")
    acts = of_type(evs, "AGREE")
    assert len(acts) == 1 and acts[0]["modality"] == "future"


@pytest.mark.parametrize("text, kind, modality", [
    ("Die Demonstranten wurden festgenommen und verhört.", "COERCE", "asserted"),
    ("Der Minister wird nach Moskau reisen.", "AGREE", "future"),
])
def test_participles_and_plain_futures_keep_their_reading(analyse_text, text, kind, modality):
    acts = of_type(analyse_text(text), kind)
    assert acts and all(a["modality"] == modality for a in acts)


def test_without_the_rule_the_tagged_participle_makes_a_passive(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "INFINITIVE_TRIGGER_FUTURE", False)
    acts = of_type(analyse_text(SENTENCE), "CONSULT")
    assert acts and acts[0]["modality"] == "asserted"
