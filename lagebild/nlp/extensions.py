"""Custom attributes on spaCy objects, registered once, in one place.

What each component writes (the contract between components):

========================  ===========================  ==========================================
attribute                 written by                    value
========================  ===========================  ==========================================
``doc._.dct``             analyse() before the pipeline article date (``2022-03``) or None
``doc._.dct_precision``   analyse()                     "day" | "month" | "year" | None
``doc.ents``              lb_entities                   PER/ORG/LOC/MISC spans
``Span._.actor``          lb_actors, lb_coref           actor dict (see :func:`actor_dict`) or None
``doc.spans["mentions"]`` lb_coref                      pronouns, descriptions, name variants
                                                        with ``Span._.actor``
``doc._.learned_roles``   lb_actors                     roles learned from appositions (dicts)
``doc.spans["timexes"]``  lb_timex                      temporal expressions, ``Span._.timex``
``Span._.timex``          lb_timex                      {"type", "value", "anchor", ...}
``doc._.quotes``          lb_quotes                     quote dicts in document-contract form
``doc._.events``          lb_events                     event dicts in document-contract form
========================  ===========================  ==========================================

Quotes and events are plain dicts with character offsets (not Span objects) so that they cross
process boundaries and serialise as they are.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

_DOC_EXTENSIONS = {
    "dct": None,
    "dct_precision": None,
    "quotes": None,
    "events": None,
    "learned_roles": None,
}
_SPAN_EXTENSIONS = {
    "actor": None,
    "timex": None,
}


def register_extensions() -> None:
    """Register every lagebild extension (idempotent; called by each component factory)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def actor_dict(actor_id: str | None, name: str | None, actor_code: str | None = None,
               country: str | None = None) -> dict:
    """Return the actor reference used on spans and in the document contract."""
    return {"actor_id": actor_id, "name": name, "actor_code": actor_code, "country": country}


class ActorIndex:
    """Resolve character ranges to actors over one document's mentions and entities.

    Rules: a coreference mention or entity covering exactly the range wins (mentions before
    entities); else the longest one inside the range, then the leftmost ("der venezolanische
    Präsident Nicolas Maduro" resolves through "Nicolas Maduro"). Build one per document when
    resolving many ranges: ``doc.ents`` walks the whole document on each access.
    """

    def __init__(self, doc: Doc) -> None:
        ents = list(doc.ents)
        spans: list[Span] = list(doc.spans.get("mentions", [])) + ents
        actor_of = _actor_reader(doc, spans)
        self._refs = [(a, b, actor) for sp in spans
                      for a, b in ((sp.start_char, sp.end_char),) for actor in (actor_of(sp, a, b),) if actor]
        # the first candidate with an exact range wins
        self._exact = {(a, b): actor for a, b, actor in reversed(self._refs)}
        # candidates by start offset (with their place in _refs, which breaks ties): a scan of
        # every reference per lookup made quotes and events quadratic in the length of a text
        self._by_start = sorted((a, i) for i, (a, _, _) in enumerate(self._refs))
        self._starts = [a for a, _ in self._by_start]
        # named people and organisations the KB does not know, and nationality words
        self._unknown_names = [(e.start_char, e.end_char) for e in ents
                               if e.label_ in ("PER", "ORG") and not actor_of(e, e.start_char, e.end_char)]
        self._adjectives = {(e.start_char, e.end_char) for e in ents
                            if e.label_ == "MISC" and e.text[:1].islower()}

    def lookup(self, start_char: int, end_char: int, named_head: bool = False) -> dict | None:
        """The actor for ``[start_char, end_char)``, or None.

        ``named_head``: a phrase whose name the KB does not know is not the country of its
        adjective: "die israelische Zeitung Haaretz" is Haaretz, not Israel, so it stays
        unresolved rather than becoming the country (quotes: who said it).
        """
        hit = self._exact.get((start_char, end_char))
        if hit:
            return hit
        lo, hi = bisect.bisect_left(self._starts, start_char), bisect.bisect_left(self._starts, end_char)
        inside = [(-(b - a), a, i, b, actor) for a, i in self._by_start[lo:hi]
                  for _, b, actor in (self._refs[i],) if b <= end_char]
        if not inside:
            return None
        _, a, _, b, actor = min(inside, key=lambda x: (x[0], x[1], x[2]))
        if named_head and (a, b) in self._adjectives and any(
                x >= b and y <= end_char for x, y in self._unknown_names):
            return None
        return actor


_PLAIN_ACTOR: bool | None = None  # is ``Span._.actor`` a plain value in ``doc.user_data``?


def _actor_reader(doc: Doc, spans: list[Span]):
    """A function ``(span, start_char, end_char) -> span._.actor``.

    (speed) ``span._.actor`` makes an ``Underscore`` object per read, which cost more than the
    rest of building an :class:`ActorIndex`; spaCy keeps a plain extension value in
    ``doc.user_data`` under ``("._.", name, start_char, end_char)``, read here directly once the
    extension and spaCy's key were seen to be of that form (else through ``span._``).
    """
    global _PLAIN_ACTOR
    if _PLAIN_ACTOR is None and spans:
        sp = spans[0]
        _PLAIN_ACTOR = (Span.get_extension("actor") == (None, None, None, None)
                        and sp._._get_key("actor") == ("._.", "actor", sp.start_char, sp.end_char))
    if not _PLAIN_ACTOR:
        return lambda sp, a, b: sp._.actor
    get = doc.user_data.get
    return lambda sp, a, b: get(("._.", "actor", a, b))


def actor_at(doc: Doc, start_char: int, end_char: int) -> dict | None:
    """Return the resolved actor for a character range, or None (see :class:`ActorIndex`).

    Quotes and events use this to turn speaker and participant spans into actors.
    """
    return ActorIndex(doc).lookup(start_char, end_char)


def has_sentences(doc: Doc) -> bool:
    """``doc.has_annotation("SENT_START")``, computed once per Doc.

    spaCy answers that question by walking every token; asked once per entity it made long
    texts quadratic (issue 13: 400 KB took 95 s), so the answer is kept in ``doc.user_data``.
    """
    key = ("lagebild", "has_sentences", len(doc))
    if key not in doc.user_data:
        doc.user_data[key] = doc.has_annotation("SENT_START")
    return doc.user_data[key]
