"""Fixtures shared by the events tests."""

import pytest

# the article date the events tests analyse their sentences with
EVENTS_DCT = "2011-01-14"


@pytest.fixture(scope="module")
def analyse_text(full_nlp):
    """``run(text)`` -> the events of ``text`` as a dated article through the full pipeline."""
    from lagebild.article import Article
    from lagebild.pipeline import analyse

    def run(text):
        return analyse(Article(text=text, date=EVENTS_DCT, date_precision="day"), full_nlp)["events"]
    return run


@pytest.fixture(scope="module")
def ner_nlp():
    """The pipeline up to lb_entities (sentences and the recogniser with its rules)."""
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_sentences", "lb_entities"])
