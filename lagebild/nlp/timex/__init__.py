"""German temporal expressions, normalised to TIMEX3 (the ``lb_timex`` component).

The component writes ``doc.spans["timexes"]``; each span carries ``Span._.timex`` =
``{"type", "value", "anchor", ["mod"], ["quant"], ["freq"]}`` where ``type`` is DATE, TIME,
DURATION or SET and ``value`` a clean TIMEX3 value (``2022-03-05``, ``2022-03-XX``,
``2022-W09-WE``, ``P3Y``, ``PRESENT_REF`` ...). ``anchor`` says what a relative value was
resolved against: ``"dct"`` (the article date), ``"text"`` (the last date mentioned before it)
or None (nothing: the expression is absolute or a duration).

Modes (config ``mode``):

* ``news``: deictic expressions ("gestern", "am Samstag", "vergangene Woche") resolve against
  the article date ``doc._.dct``, honouring its precision; the tense of the sentence decides
  whether a weekday is the last or the next one.
* ``narrative``: for histories; everything resolves against the last absolute date in the text
  ("Am 30. Juli" after "28. Juli 1914" is ``1914-07-30``); "heute" is ``PRESENT_REF``.
* ``auto`` (default): narrative when the document has no date or is dense with absolute years
  (years before Christ count), news otherwise.

The story's reference time (which date "am 9. Mai" or "im selben Monat" is resolved against) moves
with the absolute dates that are steps of the story: a date opening its sentence or heading ("Am
7. Juni 1981 …", "Bis zum März 1776 …", "Kriegsjahr 1917"), a full date, a date close to the story's
year. It does not move to asides: dates in parentheses or quotations, range ends ("bis 1915",
"seit 1916"), dated things ("der Vertrag vom 23. Juli", "Verdun 1916"), comparisons and life dates
("wie schon 1939", "geboren 1890", word list ``normalization/timeline.tsv``), a bare year of another
year while the story stands at a day. A closed range ("zwischen dem 22. und 25. August") leaves the
story at its end; a range's first member takes its partner's year ("von Mai bis November 1915"); a
month just after the new year is the next year's. In a dated article the passage's time replaces
the article date for an expression without a year when the story has moved three months or more
away; deictic words, announcements of a year gone by and past sentences in a year still to come
keep the article date. ``anchor`` records which reference an expression used.

Extents follow TIMEX3: prepositions and articles stay outside ("am *Samstag*", "binnen *einer
Woche*", "in den *kommenden Tagen*"); qualifiers belong inside ("*mehr als drei Wochen*", mod
MORE_THAN), and so do fixed phrases where the preposition carries the meaning ("*seit Jahren*",
"*vor drei Jahren*").

Rules and tables are data files in ``lagebild/resources/de/timex/`` (see the README there).
"""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from .resources import default_resources
from .tagger import Tagger, Timex

log = logging.getLogger(__name__)

MODES = ("auto", "news", "narrative")

__all__ = ["MODES", "TimexComponent", "Timex", "Tagger", "default_tagger", "tag_text"]


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """Return the tagger over the packaged German resources (built once per process)."""
    return Tagger(default_resources())


class TimexComponent:
    """``Doc -> Doc``: tag temporal expressions into ``doc.spans["timexes"]``."""

    def __init__(self, nlp: Language, name: str = "lb_timex", mode: str = "auto"):
        if mode not in MODES:
            raise ValueError(f"lb_timex: mode must be one of {MODES}, not {mode!r}")
        register_extensions()
        self.name = name
        self.mode = mode
        self.tagger = default_tagger()

    def __call__(self, doc: Doc) -> Doc:
        """Tag ``doc``; on an internal error log it and leave the article without timexes."""
        try:
            timexes = self.tagger.tag(doc, self.mode)
        except Exception as exc:  # one bad article never stops a batch
            log.warning("lb_timex failed on a document: %s", exc, exc_info=True)
            timexes = []
        spans = []
        for tx in timexes:
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None:
                continue
            span._.timex = tx.attributes()
            spans.append(span)
        doc.spans["timexes"] = spans
        return doc


@Language.factory("lb_timex", assigns=["doc.spans"], default_config={"mode": "auto"})
def make_component(nlp: Language, name: str, mode: str) -> TimexComponent:
    """Create the timex component; ``mode`` is ``auto``, ``news`` or ``narrative``."""
    return TimexComponent(nlp, name, mode)


@lru_cache(maxsize=3)
def _pipeline(mode: str) -> Language:
    from ..tokenizer import customize_tokenizer

    nlp = customize_tokenizer(spacy.blank("de"))
    nlp.add_pipe("lb_timex", config={"mode": mode})
    return nlp


def _precision(dct: str | None) -> str | None:
    if not dct:
        return None
    return {4: "year", 7: "month"}.get(len(dct), "day")


def tag_text(text: str, dct: str | None = None, mode: str = "auto") -> list[dict]:
    """Tag a plain text with an optional article date; return the timexes as contract dicts."""
    nlp = _pipeline(mode)
    doc = nlp.make_doc(text)
    doc._.dct = dct
    doc._.dct_precision = _precision(dct)
    doc = nlp(doc)
    return [{"start": s.start_char, "end": s.end_char, "text": s.text, **s._.timex}
            for s in doc.spans["timexes"]]


