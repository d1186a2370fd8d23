"""Who holds a stance said in a quote, and which quoted words are no stance. "Ein Beitritt der Türkei kommt
nicht in Frage, sagte Merkel": the clause names only what is refused, so the speaker holds the refusal
(QUOTED_STANCE_SPEAKER); a request the speaker received ("Wir haben keine Bitte erhalten") is not the
speaker's. A "sollte" in a question clause or beside a year tells no demand (UNNAMED_SHOULD's exclusions), and
"gegen Quoten für die Bezirke" asks for nothing (STANCE_FOR_POLICY). Twenty-first session, helper F4; the last
three found reading lagebild's output on uncoded 10kGNAD rows. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, source", [
    ("Ein Beitritt der Türkei kommt nicht in Frage, sagte Bundeskanzlerin Angela Merkel.", ["DEUGOV"]),
    ("Eine Erhöhung der Pensionen kommt nicht in Frage, so Finanzminister Hans Jörg Schelling.", ["AUTGOV"]),
])
def test_the_speaker_holds_a_refusal_whose_clause_names_no_holder(analyse_text, text, source):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_a_request_the_speaker_received_is_not_the_speakers(analyse_text):
    acts = of_type(analyse_text("« Wir haben keine Bitte um Hilfe erhalten », sagte ein Sprecher der EU-Kommission."),
                   "DEMAND")
    assert acts and "IGOEUREEC" not in codes(acts[0]["source"])


def test_without_the_rule_the_refusal_has_no_source(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "QUOTED_STANCE_SPEAKER", False)
    acts = of_type(analyse_text("Ein Beitritt der Türkei kommt nicht in Frage, sagte Bundeskanzlerin Angela Merkel."),
                   "REJECT")
    assert acts and not acts[0]["source"]


@pytest.mark.parametrize("text", [
    "Offen sei, wie viel Geld in die Pflege verlagert werden sollte, sagte Bundeskanzler Werner Faymann.",
    "Im Jahr 2017 sollten zehn neue Schulen gebaut werden, sagte Bundeskanzler Werner Faymann.",
])
def test_a_should_in_a_question_or_beside_a_year_is_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


def test_a_fuer_inside_a_refused_phrase_asks_for_nothing(analyse_text):
    assert not of_type(analyse_text("Die Landeshauptleute sprachen sich gegen Quoten für die Bezirke aus."),
                       "DEMAND")
