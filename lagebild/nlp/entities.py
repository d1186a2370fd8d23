"""Named entities (PER, ORG, LOC, MISC) from the trained German NER model.

Placeholder until its issue lands: registers the component name so the pipeline is complete.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions


@Language.factory("lb_entities", assigns=["doc.ents"])
def make_component(nlp: Language, name: str):
    """Create the component."""
    register_extensions()
    return _apply


def _apply(doc: Doc) -> Doc:
    return doc
    return doc
