"""Quote speakers that are generic agents get a country-sector actor, as event participants do.

``lb_quotes`` resolves a speaker through the entities and coreference mentions that cover it
("der venezolanische Präsident", "Sie" after "eine Armeesprecherin"). A speaker that names only
a generic agent, "die Polizei", "das Ministerium", "Sicherheitskräfte", has no country in its own
words; the events rules give such a participant the country of the sentence's place or of the
article's setting (:mod:`.agents`). This step, run by ``lb_events`` after the events, does the same
for speakers, so "Die Polizei sprach von 30 Festnahmen" in a report from Paris is said by the
French police (``FRACOP``).

Only speakers without an actor are touched; a speaker phrase that names a person or organisation
("der Polizeisprecher Jean Martin", "die Zeitung Le Monde") is left as it is.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ...kb.lookup import default_kb
from .agents import article_countries, sentence_place, situate
from .lexicon import Lexicon
from .mentions import Mention, find_mentions

# mentions of these kinds are generic agents: a sector or group without a name of its own
_GENERIC = ("sector", "group")
# how many sentences count as the article's lead for its setting (as the events rules count)
_LEAD_SENTENCES = 2


def _may_name_an_agent(text: str, lex: Lexicon) -> bool:
    """A cheap test before the document's mentions are looked up: a word of the speaker phrase is
    a generic agent of the word list or ends in one ("Grenzpolizisten")."""
    for word in text.split():
        entry = lex.actors.get(word)
        if entry is not None and entry.kind in _GENERIC:
            return True
        low = word.lower()
        if word[:1].isupper() and len(low) > 6 and any(low[k:] in lex.agent_heads for k in range(2, len(low) - 3)):
            return True
    return False


def resolve_generic_speakers(doc: Doc, lex: Lexicon) -> int:
    """Give unresolved generic-agent speakers in ``doc._.quotes`` a country-sector actor; return
    how many were resolved. Quotes are changed in place."""
    quotes = [q for q in (doc._.quotes or []) if q.get("speaker") and not q["speaker"].get("actor_id")
              and _may_name_an_agent(q["speaker"].get("text") or "", lex)]
    if not quotes:
        return 0
    mentions = find_mentions(doc, lex)
    if not any(m.kind in _GENERIC for m in mentions):
        return 0
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    lead_end = sents[min(len(sents), _LEAD_SENTENCES) - 1].end if sents else 0
    countries = article_countries(mentions, lead_end)
    setting = countries[0] if countries else None
    words = [t.lower_ for t in doc]
    sent_starts = [s.start for s in sents]
    starts = [m.start for m in mentions]
    kb = default_kb()
    resolved = 0
    for q in quotes:
        sp = doc.char_span(q["speaker"]["start"], q["speaker"]["end"], alignment_mode="expand")
        if sp is None:
            continue
        if any(e.label_ in ("PER", "ORG") for e in sp.ents):
            continue  # "die Plattenfirma Sony Music" is Sony Music, not the country's business
        inside = [m for m in mentions if m.start >= sp.start and m.end <= sp.end]
        # the speaker is the agent only when the agent is all the phrase names
        if len(inside) != 1 or inside[0].kind not in _GENERIC or not inside[0].code:
            continue
        k = max(0, bisect.bisect_right(sent_starts, sp.start) - 1)
        sent = sents[k]
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        place = sentence_place(mentions[lo:hi], words)
        m: Mention = situate(inside[0], place, setting)
        if not m.country or not m.code or len(m.code) != 6:
            continue
        actor = kb.sector_actor(m.country, m.code[3:])
        q["speaker"]["actor_id"] = actor["actor_id"]
        q["speaker"]["name"] = actor["name"]
        resolved += 1
    return resolved
