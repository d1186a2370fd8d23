"""Every ``# EXAMPLE:`` line of the timex resource files runs as a test case."""

from __future__ import annotations

import pytest

from lagebild.nlp.timex import tag_text
from lagebild.nlp.timex.resources import default_resources

EXAMPLES = default_resources().examples


@pytest.mark.parametrize("example", EXAMPLES,
                         ids=[f"{e.source}:{e.text[:40]}|{e.dct}" for e in EXAMPLES])
def test_example_yields_value(example):
    values = [t["value"] for t in tag_text(example.text, example.dct)]
    assert example.value in values
