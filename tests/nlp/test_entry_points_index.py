"""lagebild.nlp.tokenizer.index_entry_points: spaCy's registries find the same plug-ins after it."""

from __future__ import annotations

import importlib.metadata

import catalogue
from spacy.util import registry

from lagebild.nlp.tokenizer import index_entry_points


def test_every_registry_sees_the_same_entry_points():
    everything = importlib.metadata.entry_points()
    index_entry_points()
    index_entry_points()  # idempotent
    assert isinstance(catalogue.AVAILABLE_ENTRY_POINTS, dict)
    for name in ("architectures", "factories", "languages", "tokenizers", "lookups", "misc", "loggers"):
        reg = getattr(registry, name)
        expected = [(e.name, e.value) for e in everything.select(group=reg.entry_point_namespace)]
        assert [(e.name, e.value) for e in reg._get_entry_points()] == expected
