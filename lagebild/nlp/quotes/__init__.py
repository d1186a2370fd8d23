"""Quotation attribution: who said what, with speaker, cue, frame and addressee.

The ``lb_quotes`` component writes ``doc._.quotes``: a list of quote dicts in document-contract
form (``lagebild.document/1``)::

    {"type": "Direct" | "Indirect" | "Reported" | "FreeIndirect" | "IndirectFreeIndirect",
     "quote": [{"start", "end"}, ...],          # character spans; a direct quote keeps its marks
     "speaker": {"start", "end", "text", "actor_id", "name"} | None,
     "cue": {"start", "end", "text", "parts": [{"start", "end"}, ...]} | None,
     "frame": [{"start", "end"}, ...],          # the attributing part of the sentence
     "addressee": {"start", "end", "text"} | None}

``cue.start``/``cue.end``/``cue.text`` are the cue word proper (``sagte``, ``laut``), so that
``text[start:end] == cue.text``; ``parts`` (only when the cue has several pieces) lists every piece
of a discontinuous cue: auxiliary, verb, separable particle (``hatte … gesagt``, ``teilte … mit``).
Speakers are resolved to actors with :func:`lagebild.nlp.extensions.actor_at` when entities or
coreference mentions cover them; the speaker span is kept either way.

The rules are in :mod:`.finder` (frames and units), :mod:`.chunks` (noun phrases and clause
bounds) and :mod:`.context` (the second pass: lone quotations, Konjunktiv continuations), the
word lists in ``lagebild/resources/de/quotes/``.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from .finder import QuoteFinder
from .resources import QuoteResources, load_resources

log = logging.getLogger(__name__)

__all__ = ["QuoteFinder", "QuoteComponent", "QuoteResources", "load_resources", "make_component"]


class QuoteComponent:
    """The ``lb_quotes`` pipeline component: ``Doc -> Doc``, setting ``doc._.quotes``."""

    def __init__(self, resources: QuoteResources):
        self.finder = QuoteFinder(resources)

    def __call__(self, doc: Doc) -> Doc:
        """Find the quotations of ``doc``; a failure leaves an empty list, never a lost article."""
        try:
            doc._.quotes = self.finder(doc)
        except Exception:  # contain a rule bug to this document and this stage
            log.exception("lb_quotes failed on a document of %d tokens", len(doc))
            doc._.quotes = []
        return doc

    def pipe(self, docs, batch_size: int = 128):
        """Process a stream of documents."""
        for doc in docs:
            yield self(doc)


@Language.factory("lb_quotes", assigns=["doc._.quotes"], default_config={"resource_dir": None})
def make_component(nlp: Language, name: str, resource_dir: str | None):
    """Create the quotation component; ``resource_dir`` overrides the packaged word lists."""
    register_extensions()
    return QuoteComponent(load_resources(resource_dir))
