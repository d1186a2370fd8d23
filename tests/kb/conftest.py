"""Fixtures for the KB tests: the shipped KB (built once) and a helper to set entities by hand."""

from __future__ import annotations

import re

import pytest


@pytest.fixture(scope="session")
def kb():
    """The shipped actor KB."""
    from lagebild.kb.lookup import default_kb
    return default_kb()


@pytest.fixture(scope="session")
def make_doc():
    """The :func:`_make_doc` helper, as a fixture (test folders are not packages)."""
    return _make_doc


def _make_doc(nlp, text: str, ents: list[tuple[str, str]], date: str | None = "2022-03"):
    """Tokenise ``text``, set its date and mark every occurrence of each ``(text, label)``."""
    from spacy.util import filter_spans
    doc = nlp.make_doc(text)
    doc._.dct = date
    doc = nlp(doc)
    spans = []
    for word, label in ents:
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
            span = doc.char_span(m.start(), m.end(), label=label)
            if span is not None:
                spans.append(span)
    doc.ents = filter_spans(spans)
    return doc
