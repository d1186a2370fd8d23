"""PLOVER events with source, target, date, place, negation and modality (``lb_events``).

The component runs last in the pipeline and writes ``doc._.events``: a list of dicts in the
document-contract shape (``events`` in DESIGN.md). It reads what the earlier components wrote
(``doc.ents`` with ``Span._.actor``, ``doc.spans["mentions"]``, ``doc.spans["timexes"]``,
``doc._.quotes``, ``doc._.dct``) and falls back to its own word lists where they are missing, so
it also works on a blank German pipeline. Rules and word lists live in
``lagebild/resources/de/events/`` (triggers, cues, actors, generic agents, default participants,
evaluative words); one module per step (:mod:`.mentions`, :mod:`.extract` for triggers and roles,
:mod:`.hedges`, :mod:`.agents`, :mod:`.speech`, :mod:`.dates`); see
:mod:`lagebild.nlp.events.extract` for how they combine. Quality is measured on the Wikinews
article gold (``lagebild eval events --gold tests/data/events_wikinews/dev.jsonl``).

A failure inside the rules never loses the article: it is logged and the document gets no events.
"""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from . import filter as _filter
from .extract import EventExtractor
from .lexicon import Lexicon, load_lexicon

log = logging.getLogger(__name__)

__all__ = ["EventsComponent", "EventExtractor", "Lexicon", "load_lexicon", "make_component"]


class EventsComponent:
    """The ``lb_events`` pipeline component: ``Doc -> Doc``, sets ``doc._.events``."""

    def __init__(self, lexicon: Lexicon | None = None, candidate_filter: "_filter.EventFilter | None" = None):
        self.extractor = EventExtractor(lexicon or load_lexicon())
        # the learned filter of the rules' candidates (models/events-filter), when it is shipped
        self.filter = candidate_filter if candidate_filter is not None else (
            _filter.load_default() if _filter.ENABLED else None)

    def __call__(self, doc: Doc) -> Doc:
        """Extract the events of ``doc`` into ``doc._.events`` (an empty list on failure)."""
        try:
            events = self.extractor.extract(doc)
            if self.filter is not None and events:
                sents = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") \
                    else [(0, len(doc.text))]
                events = self.filter.apply(doc.text, events, sents)
            doc._.events = events
        except Exception as exc:  # one bad article never stops a batch
            log.warning("lb_events failed on a document of %d tokens: %s", len(doc), exc, exc_info=True)
            doc._.events = []
        return doc

    def pipe(self, docs, batch_size: int = 64):
        """Process a stream of documents."""
        for doc in docs:
            yield self(doc)


@Language.factory("lb_events", assigns=["doc._.events"])
def make_component(nlp: Language, name: str) -> EventsComponent:
    """Create the PLOVER event component."""
    register_extensions()
    return EventsComponent()
