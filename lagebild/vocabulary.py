"""One vocabulary for every face: the canonical event type names and the aliases accepted on input.

lagebild writes the PLOVER types under the names of its document contract (DEMAND and
DISAPPROVE, PLOVER's older names); PLOVER 2021 calls them REQUEST and ACCUSE. Both are accepted
wherever a user names a type (CLI flags, API parameters, the web UI's filters) and the canonical
name is what filters, stores and shows. The PLOVER export writes PLOVER's current names.
"""

from __future__ import annotations

import difflib

EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND",
               "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT")
EVENT_TYPE_ALIASES = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}


def canonical_event_type(name: str) -> str:
    """Return the canonical name of an event type given in any accepted spelling.

    Raises ``ValueError`` naming the closest type for anything else (a typo would otherwise
    filter everything away silently)."""
    key = (name or "").strip().upper()
    key = EVENT_TYPE_ALIASES.get(key, key)
    if key in EVENT_TYPES:
        return key
    close = difflib.get_close_matches(key, EVENT_TYPES + tuple(EVENT_TYPE_ALIASES), n=1)
    hint = f"; did you mean {close[0]}?" if close else f"; types: {', '.join(EVENT_TYPES)}"
    raise ValueError(f"unknown event type {name!r}{hint}")
