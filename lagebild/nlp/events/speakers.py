"""Quote speakers that are generic agents get a country-sector actor, as event participants do.

``lb_quotes`` resolves a speaker through the entities and coreference mentions that cover it
("der venezolanische Präsident", "Sie" after "eine Armeesprecherin"). A speaker that names only
a generic agent, "die Polizei", "das Ministerium", "Sicherheitskräfte", has no country in its own
words; the events rules give such a participant the country of the sentence's place or of the
article's setting (:mod:`.agents`). This step, run by the events extractor with the mentions and
setting it computed for the document, does the same
for speakers, so "Die Polizei sprach von 30 Festnahmen" in a report from Paris is said by the
French police (``FRACOP``).

Only speakers without an actor are touched; a speaker phrase that names a person or organisation
("der Polizeisprecher Jean Martin", "die Zeitung Le Monde") is left as it is.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ...kb.lookup import default_kb
from .agents import sentence_place, situate
from .mentions import Mention

# mentions of these kinds are generic agents: a sector or group without a name of its own
_GENERIC = ("sector", "group")


def resolve_generic_speakers(doc: Doc, mentions: list[Mention], words: list[str], sents: list,
                             setting: str | None) -> int:
    """Give unresolved generic-agent speakers in ``doc._.quotes`` a country-sector actor; return
    how many were resolved. Quotes are changed in place.

    The events rules pass what they already computed for the document: its actor ``mentions``
    (sorted by position), lower-cased ``words``, sentence spans ``sents`` and the article's
    ``setting`` country.
    """
    quotes = [q for q in (doc._.quotes or []) if q.get("speaker") and not q["speaker"].get("actor_id")]
    if not quotes or not any(m.kind in _GENERIC for m in mentions):
        return 0
    sent_starts = [s.start for s in sents]
    starts = [m.start for m in mentions]
    # names of persons and organisations, by start token: Span.ents walks every entity of the
    # document, which made this step quadratic in the length of an article
    named = sorted((e.start, e.end) for e in doc.ents if e.label_ in ("PER", "ORG"))
    named_starts = [start for start, _ in named]
    kb = default_kb()
    resolved = 0
    for q in quotes:
        sp = doc.char_span(q["speaker"]["start"], q["speaker"]["end"], alignment_mode="expand")
        if sp is None:
            continue
        lo, hi = bisect.bisect_left(named_starts, sp.start), bisect.bisect_left(named_starts, sp.end)
        if any(end <= sp.end for _, end in named[lo:hi]):
            continue  # "die Plattenfirma Sony Music" is Sony Music, not the country's business
        inside = mentions[bisect.bisect_left(starts, sp.start):bisect.bisect_left(starts, sp.end)]
        inside = [m for m in inside if m.end <= sp.end]
        # the speaker is the agent only when the agent is all the phrase names
        if len(inside) != 1 or inside[0].kind not in _GENERIC or not inside[0].code:
            continue
        sent = sents[max(0, bisect.bisect_right(sent_starts, sp.start) - 1)]
        place = sentence_place(mentions[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)],
                               words)
        m: Mention = situate(inside[0], place, setting)
        if not m.country or not m.code or len(m.code) != 6:
            continue
        actor = kb.sector_actor(m.country, m.code[3:])
        q["speaker"]["actor_id"] = actor["actor_id"]
        q["speaker"]["name"] = actor["name"]
        resolved += 1
    return resolved
