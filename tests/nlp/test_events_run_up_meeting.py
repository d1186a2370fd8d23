"""A meeting noun in the genitive of a noun of the time before it ("im Vorfeld des Gipfels", "am Vorabend des
Treffens") dates another act; the meeting itself is not told in that sentence, so it is no CONSULT (nor the
AGREE of a planned meeting) there (extract.RUN_UP_MEETING). A meeting named as the time after which something
happened ("Nach dem Gipfel …") stays. Twenty-seventh session, from dev8 and the uncoded news (4 articles).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text", [
    "Im Vorfeld des Gipfels wurde die Innenstadt abgesperrt.",
    "Bereits im Vorfeld des Treffens hatte der Minister Zugeständnisse ausgeschlossen.",
])
def test_a_meeting_in_the_run_up_phrase_is_no_meeting(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "CONSULT") == []
    assert [e for e in of_type(evs, "AGREE") if e["modality"] == "future"] == []


def test_the_other_act_of_the_sentence_stays(analyse_text):
    evs = analyse_text("Bereits im Vorfeld des Treffens hatte der Minister Zugeständnisse ausgeschlossen.")
    assert len(of_type(evs, "CONCEDE")) == 1


def test_a_meeting_held_before_another_act_stays(analyse_text):
    evs = analyse_text("Nach dem Gipfel in Brüssel zeigte sich die Kanzlerin zufrieden.")
    assert len(of_type(evs, "CONSULT")) == 1


def test_without_the_rule_the_run_up_names_a_meeting(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RUN_UP_MEETING", False)
    evs = analyse_text("Im Vorfeld des Gipfels wurde die Innenstadt abgesperrt.")
    assert len(of_type(evs, "CONSULT")) == 1
