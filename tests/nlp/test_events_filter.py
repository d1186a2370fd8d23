"""The learned candidate filter's mechanics (lagebild.nlp.events.filter). No model ships (it did
not help on the Wikinews development parts, see docs/EVENT_CODING.md); these tests pin what a
trained one would do inside lb_events."""

from __future__ import annotations

import pytest

from lagebild.nlp.events.filter import EventFilter, features

SENTENCE = "Das Lokal war am Abend gut besucht."


def _event(word="besucht", type_="CONSULT"):
    start = SENTENCE.index(word)
    return {"type": type_, "modality": "asserted", "negated": False, "source": [], "target": [],
            "trigger": {"start": start, "end": start + len(word), "text": word}}


@pytest.mark.parametrize("feature", ["t=CONSULT", "w=besucht", "tw=CONSULT|besucht", "l1=gut", "src=none"])
def test_features_name_type_word_and_context(feature):
    ev = _event()
    assert feature in features(SENTENCE, ev["trigger"]["start"], ev["trigger"]["end"], ev)


def test_a_candidate_below_the_threshold_is_dropped():
    flt = EventFilter({"l=abend": -5.0}, threshold=0.3)
    assert flt.apply(SENTENCE, [_event()], [(0, len(SENTENCE))]) == []


def test_a_kept_candidate_carries_its_confidence():
    flt = EventFilter({"bias": 2.0}, threshold=0.3)
    kept = flt.apply(SENTENCE, [_event()], [(0, len(SENTENCE))])
    assert kept and kept[0]["confidence"] == pytest.approx(0.881, abs=0.001)


def test_the_component_applies_a_given_filter(full_nlp):
    from lagebild.nlp.events import EventsComponent
    comp = EventsComponent(candidate_filter=EventFilter({"bias": -10.0}, threshold=0.5))
    doc = full_nlp("Die Polizei nahm in Minsk drei Journalisten fest.")
    assert comp(doc)._.events == []
