"""Named entities (PER, ORG, LOC, MISC) from the trained German NER model ``models/ner-de``.

The model is a spaCy transition-based NER over a small CNN whose input features are described in
:mod:`lagebild.nlp.entities.features`. It is loaded once per process and runs on the pipeline's
tokens as they are (the model was trained on gold tokens, not on its own tokenizer).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...paths import models_dir, resource
from ..extensions import register_extensions
from . import features  # noqa: F401  (registers lagebild.FeatureTok2Vec.v1)

MODEL_NAME = "ner-de"
REBUILD_COMMAND = ".venv/bin/python training/ner/train.py --out models/ner-de"
LABELS = ("PER", "ORG", "LOC", "MISC")
NATIONALITY_FILE = "ner/nationality_adjectives.txt"


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
    """The ``lb_entities`` component: sets ``doc.ents`` from the trained model.

    The model's ``ner`` runs on the pipeline's own Doc: its features come from the token texts
    and spaCy's string hashes, which are the same in every vocabulary, so no copy is needed.
    Only the label strings must be known to the pipeline's vocabulary.
    """

    def __init__(self, vocab, model_path: str | None = None, derived_misc: bool = True) -> None:
        self.derived_misc = derived_misc
        self.model = load_model(model_path)
        self.ner = self.model.get_pipe("ner")
        for label in LABELS:
            vocab.strings.add(label)

    def _clean(self, doc: Doc) -> Doc:
        ents = []
        for ent in doc.ents:
            # whitespace tokens (paragraph breaks) never start or end a name
            start, end = ent.start, ent.end
            while start < end and doc[start].is_space:
                start += 1
            while end > start and doc[end - 1].is_space:
                end -= 1
            if start < end:
                if ents and ents[-1].end == start and ents[-1].label_ == "PER" == ent.label_:
                    # two touching person spans ("Ehud" "Olmert") are one name
                    start = ents.pop().start
                elif ent.label_ == "PER" and start > 0 and doc[start - 1].text in _first_names() \
                        and not (ents and ents[-1].end >= start):
                    # a known first name the model left outside the span ("Jen" "Psaki")
                    start -= 1
                ents.append(Span(doc, start, end, label=ent.label))
        if self.derived_misc:
            ents = _add_derived_misc(doc, ents)
        doc.ents = ents
        return doc

    def __call__(self, doc: Doc) -> Doc:
        """Recognise the entities of one Doc."""
        if len(doc) == 0:
            return doc
        return self._clean(self.ner(doc))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Recognise the entities of a stream of Docs, batched for speed."""
        for doc in self.ner.pipe(docs, batch_size=batch_size):
            yield self._clean(doc)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """First names of the actor KB's word list (resources/de/actors/first_names.tsv)."""
    from ...kb.loader import load_first_names
    return frozenset(name for _gender, names in load_first_names() for name in names)


def _add_derived_misc(doc: Doc, ents: list[Span]) -> list[Span]:
    """Add MISC for nationality adjectives the model left untagged ("die russischen Truppen").

    The model under-predicts them because only GermEval of its corpora labels them; the list
    rule raised held-out MISC F1 (see models/ner-de/MODEL_CARD.md).
    """
    taken = set()
    for ent in ents:
        taken.update(range(ent.start, ent.end))
    added = [Span(doc, t.i, t.i + 1, label="MISC") for t in doc
             if t.i not in taken and _is_nationality_orth(t.orth, t.text)]
    return sorted(ents + added, key=lambda s: s.start) if added else ents


@lru_cache(maxsize=1)
def _nationality_pattern() -> re.Pattern:
    stems = [ln.strip() for ln in resource(NATIONALITY_FILE).read_text(encoding="utf-8")
             .splitlines() if ln.strip() and not ln.startswith("#")]
    alt = "|".join(sorted((re.escape(s) for s in stems), key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?:-(?:{alt}))*(?:e|en|er|es|em)?")


# Rule results per string hash (hashes are the same in every vocabulary).
_NATIONALITY_CACHE: dict[int, bool] = {}


def _is_nationality_orth(orth: int, text: str) -> bool:
    hit = _NATIONALITY_CACHE.get(orth)
    if hit is None:
        hit = is_nationality_adjective(text)
        if len(_NATIONALITY_CACHE) < 500_000:
            _NATIONALITY_CACHE[orth] = hit
    return hit


def is_nationality_adjective(text: str) -> bool:
    """True for ``russischen``, ``Deutsche``, ``deutsch-französischen`` (see the resource file)."""
    return bool(_nationality_pattern().fullmatch(text.lower()))


@Language.factory("lb_entities", assigns=["doc.ents"],
                  default_config={"model_path": None, "derived_misc": True})
def make_component(nlp: Language, name: str, model_path: str | None, derived_misc: bool):
    """Create the component (loads ``models/ner-de`` unless ``model_path`` is given).

    ``derived_misc`` adds MISC for nationality adjectives the model missed.
    """
    register_extensions()
    return EntityRecognizer(nlp.vocab, model_path, derived_misc)
