"""lb_events on the failures of issue 10 (sentences written for the issue, real-news style), in
the full pipeline, plus the event-date rules. Regression tests, not evidence of accuracy: that
is measured on the Wikinews gold (tests/quality/test_events_wikinews_gate.py)."""

from __future__ import annotations

import pytest

from lagebild.nlp.events.dates import clean, event_date
from lagebild.nlp.events.lexicon import load_lexicon
from lagebild.nlp.events.speech import denies, obliges, polarity

DCT = "2011-01-14"


def _codes(side):
    return [a.get("actor_code") or a.get("name") for a in side]


@pytest.mark.parametrize("text, type_, source_sector, target_sector", [
    ("Polizisten hinderten die Demonstranten am Weitergehen.", "COERCE", "COP", "CVL"),
    ("In mehreren Stadtteilen kam es zu Schusswechseln zwischen verfeindeten Milizen.", "ASSAULT", "REB", None),
    ("Sicherheitskräfte riegelten das Regierungsviertel ab.", "COERCE", "COP", None),
    ("Das Regierungsviertel wurde von Sicherheitskräften abgeriegelt.", "COERCE", "COP", None),
    ("Ein Bündnis von Bürgerrechtlern kritisierte den Polizeieinsatz scharf.", "DISAPPROVE", "CVL", None),
    ("Der König nannte die Wahl undemokratisch.", "DISAPPROVE", "GOV", None),
    ("Die tunesische Polizei nahm zwölf Demonstranten fest.", "COERCE", "TUNCOP", "CVL"),
    ("Die Polizei nahm den Oppositionsführer in Gewahrsam.", "COERCE", "COP", "OPP"),
    ("Tausende Menschen gingen in Kairo auf die Straße.", "PROTEST", "EGYCVL", None),
])
def test_generic_agents_act(analyse_text, text, type_, source_sector, target_sector):
    evs = [e for e in analyse_text(text) if e["type"] == type_]
    assert evs, analyse_text(text)
    ev = evs[0]
    assert any(c and c.endswith(source_sector) for c in _codes(ev["source"])), ev["source"]
    if target_sector:
        assert any(c and c.endswith(target_sector) for c in _codes(ev["target"])), ev["target"]


def test_verbal_attack_is_disapproval_not_assault(analyse_text):
    types = {e["type"] for e in analyse_text("Merkel griff den Iran in ihrer Rede scharf an.")}
    assert "DISAPPROVE" in types and "ASSAULT" not in types


def test_source_of_information_is_no_participant(analyse_text):
    text = "Nach israelischen Armeeangaben wurden in der Nacht mehrere Ziele im Gazastreifen angegriffen."
    ev = next(e for e in analyse_text(text) if e["type"] == "ASSAULT")
    assert "ISR" not in {a.get("country") for a in ev["target"]}
    assert ev["attributed_to"]


def test_country_from_the_sentence_place_is_marked(analyse_text):
    ev = next(e for e in analyse_text("In Bangkok nahm die Polizei drei Demonstranten fest.")
              if e["type"] == "COERCE")
    police = ev["source"][0]
    assert police["actor_code"] == "THACOP" and police.get("country_from") == "place"


@pytest.mark.parametrize("value, out", [
    ("19", None), ("0001-01-01", None), ("2022-03-XX", "2022-03"), ("2022-WXX-WE", "2022"),
    ("2008-W36", "2008-W36"), ("1999", "1999"), ("2008-13-01", None), ("P3Y", None),
])
def test_clean_timex_values(value, out):
    assert clean(value) == out


@pytest.mark.parametrize("value, modality, out", [
    ("19", "asserted", DCT), ("2033", "asserted", DCT), ("0001-01-01", "asserted", DCT),
    ("2011-01-20", "asserted", DCT), ("2011-01-20", "future", "2011-01-20"),
    ("2011-01-13", "asserted", "2011-01-13"), ("1999", "asserted", "1999"), ("2011-WXX-WE", "asserted", DCT),
])
def test_event_date_is_valid_and_fits_the_article(value, modality, out):
    assert event_date(value, DCT, modality) == out


@pytest.mark.parametrize("example", [t for name, t in load_lexicon().examples if name == "evaluations.tsv" and "->" in t])
def test_evaluation_examples(example):
    text, want = (p.strip() for p in example.split("->"))
    if want == "must":
        assert obliges(text, load_lexicon())
        return
    if want == "own":
        assert not obliges(text, load_lexicon())
        return
    score = polarity(text, load_lexicon())
    if want == "deny":
        assert denies(text, load_lexicon())
        return
    if want == "none":
        assert score == 0
        return
    assert (score > 0) if want == "neg" else (score < 0)


@pytest.mark.parametrize("text, type_, source, target", [
    ("„Das ist eine Schande für China“, sagte der russische Außenminister Sergej Lawrow.", "DISAPPROVE", "RUS", "CHN"),
    ("Martin Lee sagte, die Entscheidung Chinas sei eine Farce.", "DISAPPROVE", None, "CHN"),
    ("Der Außenminister Frankreichs sagte, das Vorgehen Russlands sei ein klarer Bruch des Völkerrechts.",
     "DISAPPROVE", "FRA", "RUS"),
    ("Die Regierung Litauens erklärte, die Blockade durch Belarus sei unverhältnismäßig.", "DISAPPROVE", "LTU", "BLR"),
])
def test_evaluating_quote_is_a_verbal_event(analyse_text, text, type_, source, target):
    evs = [e for e in analyse_text(text) if e["type"] == type_]
    assert evs, analyse_text(text)
    assert target in {a.get("country") for a in evs[0]["target"]}
    if source:
        assert source in {a.get("country") for a in evs[0]["source"]}
