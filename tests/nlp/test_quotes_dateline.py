"""lb_quotes: a dateline that opens a sentence ("Wien – „…“, sagte X") is neither part of the quote
nor its speaker. Found reading lagebild's output on 10kGNAD (Der Standard) articles, whose first
report sentence opens with one; the direct quote after it was not found at all. Every sentence here
is written for these tests (news style, invented content)."""

from __future__ import annotations

import pytest
from quote_helpers import qtext

from lagebild.nlp.quotes import finder


@pytest.fixture(scope="module")
def nlp():
    """Tokenizer, sentences and quotes only."""
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_sentences", "lb_quotes"])


def _speaker(text, q):
    return text[q["speaker"]["start"]:q["speaker"]["end"]] if q["speaker"] else None


@pytest.mark.parametrize("text, quote, speaker", [
    ("Linz – „Wir halten an dem Plan fest“, sagte der Landeshauptmann.",
     "„Wir halten an dem Plan fest“", "der Landeshauptmann"),
    ("Salzburg/Innsbruck – „Die Strecke bleibt gesperrt“, erklärte ein Sprecher der Bahn.",
     "„Die Strecke bleibt gesperrt“", "ein Sprecher der Bahn"),
    ("Kairo – „Wir werden nicht verhandeln“, betonte die Ministerin.",
     "„Wir werden nicht verhandeln“", "die Ministerin"),
])
def test_a_direct_quote_after_a_dateline_is_found(nlp, text, quote, speaker):
    qs = [q for q in nlp(text)._.quotes if q["type"] == "Direct"]
    assert [(qtext(text, q), _speaker(text, q)) for q in qs] == [(quote, speaker)]


@pytest.mark.parametrize("text, quote", [
    ("Graz – Die Stadt werde die Gebühren nicht erhöhen, sagte der Bürgermeister.",
     "Die Stadt werde die Gebühren nicht erhöhen"),
    ("Madrid/Lissabon – Eine Einigung sei in Reichweite, hieß es aus Verhandlerkreisen.",
     "Eine Einigung sei in Reichweite"),
])
def test_an_indirect_quote_after_a_dateline_leaves_the_place_out(nlp, text, quote):
    qs = [q for q in nlp(text)._.quotes if q["type"] == "Indirect"]
    assert [qtext(text, q) for q in qs] == [quote]


@pytest.mark.parametrize("text, speaker", [
    ("Bregenz – Der Landesrat sagte, die Straße werde im Mai eröffnet.", "Der Landesrat"),
    # a dash pair around an inserted phrase is no dateline
    ("Maier – sonst eher leise – sagte, die Straße werde im Mai eröffnet.", "Maier – sonst eher leise"),
])
def test_a_dateline_is_no_speaker_but_an_inserted_phrase_stays(nlp, text, speaker):
    qs = [q for q in nlp(text)._.quotes if q["type"] == "Indirect"]
    assert [_speaker(text, q) for q in qs] == [speaker]


def test_without_the_rule_the_quote_after_the_dateline_is_missed(nlp, monkeypatch):
    monkeypatch.setattr(finder, "SKIP_DATELINE", False)
    text = "Linz – „Wir halten an dem Plan fest“, sagte der Landeshauptmann."
    assert not [q for q in nlp(text)._.quotes if q["type"] == "Direct"]


def test_the_speaker_after_a_dateline_is_the_source_of_a_quoted_refusal(analyse_text):
    from event_helpers import of_type
    text = "Wien – „Wir lehnen das Angebot entschieden ab“, sagte Innenministerin Johanna Mikl-Leitner."
    acts = of_type(analyse_text(text), "REJECT")
    assert [sorted(a.get("actor_code") for a in e["source"]) for e in acts] == [["AUTGOV"]]


def test_a_double_space_after_the_dateline_is_no_part_of_the_quote(nlp):
    text = "Graz –  Die Stadt werde die Gebühren nicht erhöhen, sagte der Bürgermeister."
    qs = [q for q in nlp(text)._.quotes if q["type"] == "Indirect"]
    assert [qtext(text, q) for q in qs] == ["Die Stadt werde die Gebühren nicht erhöhen"]
