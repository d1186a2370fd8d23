"""Named entities (PER, ORG, LOC, MISC) from the trained German NER model ``models/ner-de``.

The model is a spaCy transition-based NER over a small CNN whose input features are described in
:mod:`lagebild.nlp.entities.features`. It is loaded once per process. The component copies the
lagebild tokens into a Doc of the model's own vocabulary, runs the model there and writes the
entities back to ``doc.ents`` by token index, so the pipeline's tokenisation is kept as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...paths import models_dir
from ..extensions import register_extensions
from . import features  # noqa: F401  (registers lagebild.FeatureTok2Vec.v1)

MODEL_NAME = "ner-de"
REBUILD_COMMAND = ".venv/bin/python training/ner/train.py --out models/ner-de"
LABELS = ("PER", "ORG", "LOC", "MISC")


class NerModelMissing(RuntimeError):
    """The shipped NER model directory is absent."""


def default_model_path() -> Path:
    """Where the shipped model lives (``<models>/ner-de``)."""
    return models_dir() / MODEL_NAME


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Language:
    """Load the NER model once per process (``path`` defaults to :func:`default_model_path`)."""
    model_path = Path(path) if path else default_model_path()
    if not (model_path / "config.cfg").exists():
        raise NerModelMissing(
            f"NER model not found at {model_path}; rebuild it with `{REBUILD_COMMAND}` "
            "(needs ../shared/data) or set LAGEBILD_MODELS to a folder containing ner-de/")
    return spacy.load(model_path)


class EntityRecognizer:
    """The ``lb_entities`` component: sets ``doc.ents`` from the trained model."""

    def __init__(self, model_path: str | None = None) -> None:
        self.model = load_model(model_path)
        self.ner = self.model.get_pipe("ner")

    def _shadow(self, doc: Doc) -> Doc:
        # The model's vocab carries its label strings; tokens are copied, not re-tokenised.
        return Doc(self.model.vocab, words=[t.text for t in doc],
                   spaces=[bool(t.whitespace_) for t in doc])

    @staticmethod
    def _transfer(doc: Doc, shadow: Doc) -> Doc:
        ents = []
        for ent in shadow.ents:
            # whitespace tokens never start or end a name
            start, end = ent.start, ent.end
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            if start < end:
                ents.append(Span(doc, start, end, label=ent.label_))
        doc.ents = ents
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Recognise the entities of one Doc."""
        if len(doc) == 0:
            return doc
        return self._transfer(doc, self.ner(self._shadow(doc)))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Recognise the entities of a stream of Docs, batched for speed."""
        it = iter(docs)
        while True:
            batch = list(islice(it, batch_size))
            if not batch:
                return
            shadows = [self._shadow(d) for d in batch]
            for doc, shadow in zip(batch, self.ner.pipe(shadows, batch_size=batch_size),
                                   strict=True):
                yield self._transfer(doc, shadow)


@Language.factory("lb_entities", assigns=["doc.ents"], default_config={"model_path": None})
def make_component(nlp: Language, name: str, model_path: str | None):
    """Create the component (loads ``models/ner-de`` unless ``model_path`` is given)."""
    register_extensions()
    return EntityRecognizer(model_path)
