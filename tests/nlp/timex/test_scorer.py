"""The timex scorer (lagebild.eval.timex): TIMEX2 inline parsing and the P/R/F1 definitions."""

from __future__ import annotations

import pytest

from lagebild.eval.timex import build_eval_pipeline, load_tsv, parse_inline, score

INLINE = ('<DOC><TEXT>Der Krieg begann am <TIMEX2 val="1914-07-28">28. Juli 1914</TIMEX2>. '
          '<TIMEX2 val="1914-08-01TEV">Am Abend desselben Tages</TIMEX2> fiel Schnee.</TEXT></DOC>')


def test_inline_tags_become_offsets_into_plain_text():
    doc = parse_inline("x", INLINE)
    assert doc.text.startswith("Der Krieg begann am 28. Juli 1914.")
    assert [(doc.text[g.start:g.end], g.value) for g in doc.timexes] == [
        ("28. Juli 1914", "1914-07-28"), ("Am Abend desselben Tages", "1914-08-01TEV")]


@pytest.fixture(scope="module")
def nlp():
    return build_eval_pipeline()


def test_lenient_counts_overlap_strict_needs_exact_span(nlp):
    result = score([parse_inline("x", INLINE)], nlp, keep_errors=False)
    assert result["lenient"]["f1"] == 100.0
    assert result["strict"]["recall"] == 50.0  # "Am Abend ..." is tagged without "Am"


def test_negative_rows_count_as_false_positives(tmp_path, nlp):
    gold = tmp_path / "g.tsv"
    gold.write_text("Der Kurs fiel auf ein Zehnjahrestief am Montag.\t2022-03\tZehnjahrestief\t"
                    "NONE\t\nDer Kurs fiel auf ein Zehnjahrestief am Montag.\t2022-03\tMontag\t"
                    "DATE\t2022-03-XX\n", encoding="utf-8")
    docs = load_tsv(gold)
    assert len(docs) == 1 and len(docs[0].negatives) == 1
    assert score(docs, nlp, keep_errors=False)["value"]["f1"] == 100.0
