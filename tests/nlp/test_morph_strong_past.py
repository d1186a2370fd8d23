"""Strong preterites the morphology network reads as present ("griffen", "riefen", "schossen") are
repaired from a table of past stems (lagebild/resources/de/morph/strong_past.tsv): tense Past and
the infinitive as lemma, also with a fused verb prefix ("angriffen", "erhielten"). Without it a
weekday in a past-tense sentence was resolved forwards and the event became a future one.
Nineteenth session, issue 10 (found reading a probe sentence). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp import morph
from lagebild.nlp.morph import StrongPast


@pytest.fixture(scope="module")
def table():
    return StrongPast()


@pytest.mark.parametrize("form, lemma", [
    ("griffen", "greifen"),
    ("griff", "greifen"),
    ("angriffen", "angreifen"),
    ("erhielten", "erhalten"),
    ("stattfanden", "stattfinden"),
    ("vorbehielten", "vorbehalten"),
    ("schrien", "schreien"),
    ("erwogen", "erwägen"),
    ("gestanden", "gestehen"),
    ("zurückwiesen", "zurückweisen"),
    ("bestritt", "bestreiten"),
])
def test_a_strong_past_form_gets_its_infinitive(table, form, lemma):
    assert table.lemma(form) == lemma


@pytest.mark.parametrize("form", ["gelangen", "beklagt", "verlangen", "sagen", "geschossen", "haben"])
def test_a_form_that_is_no_strong_past_is_left_alone(table, form):
    assert table.lemma(form) is None


@pytest.fixture(scope="module")
def tagged(full_nlp):
    from lagebild.article import Article
    from lagebild.pipeline import make_doc

    def run(text):
        return full_nlp(make_doc(full_nlp, Article(id="t", text=text, date="2016-03-01")))
    return run


@pytest.mark.parametrize("text, verb, lemma", [
    ("Rebellen griffen im Norden eine Kaserne an.", "griffen", "greifen"),
    ("Die Gewerkschaften riefen zu einem Streik auf.", "riefen", "rufen"),
    ("Soldaten schossen auf die Demonstranten.", "schossen", "schießen"),
])
def test_the_pipeline_reads_a_strong_preterite_as_past(tagged, text, verb, lemma):
    tok = next(t for t in tagged(text) if t.text == verb)
    assert (tok.morph.get("Tense"), tok.lemma_) == (["Past"], lemma)


def test_a_weekday_in_a_past_tense_sentence_lies_before_the_article(analyse_text):
    # the article is dated; "am Montag" with a past verb is the Monday before it, an asserted act
    acts = of_type(analyse_text("Rebellen griffen am Montag eine Kaserne in der Provinz an."), "ASSAULT")
    assert len(acts) == 1 and acts[0]["modality"] == "asserted"


def test_without_the_repair_the_weekday_is_read_as_future(analyse_text, monkeypatch):
    monkeypatch.setattr(morph, "STRONG_PAST", False)
    acts = of_type(analyse_text("Rebellen griffen am Montag eine Kaserne in der Provinz an."), "ASSAULT")
    assert len(acts) == 1 and acts[0]["modality"] == "future"
