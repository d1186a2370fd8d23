"""Property test for the analysis: any text gives a record whose offsets all point into it (issue 13)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.article import Article
from lagebild.pipeline import analyse

WORDS = st.sampled_from(["Die", "Regierung", "in", "Berlin", "sagte", "am", "Montag", ",", ".", "„", "“",
                         "Merkel", "kritisierte", "Russland", "2022", "gestern", "nicht", "Polizei",
                         "\n\n", "\u2028", "(", ")", "-", "USA", "Sanktionen", "verhängt", "er", "sei"])
TEXTS = st.one_of(st.lists(WORDS, min_size=1, max_size=60).map(" ".join), st.text(min_size=1, max_size=300))


def _spans(record):
    yield from record["sentences"]
    for key in ("entities", "timexes"):
        yield from record[key]
    for q in record["quotes"]:
        yield from q["quote"]
        yield from (x for x in (q.get("speaker"), q.get("cue")) if x)
    for e in record["events"]:
        yield e["trigger"]
        yield e["evidence"]


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS.filter(lambda t: t.strip()), date=st.sampled_from([None, "2022-03-08", "2022-03"]))
def test_any_text_gives_a_record_with_offsets_inside_it(full_nlp, text, date):
    precision = {10: "day", 7: "month"}.get(len(date or ""))
    record = analyse(Article(text=text, date=date, date_precision=precision), full_nlp)
    assert record["text"] == text
    for span in _spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        if "text" in span and span.get("text") is not None and span is not record:
            assert text[span["start"]:span["end"]] == span["text"] or span in record["sentences"]
