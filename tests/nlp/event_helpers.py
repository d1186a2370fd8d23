"""Helpers shared by the lb_events tests: the events of one type, the actor codes of one side."""


def of_type(evs, type_):
    """The events of ``evs`` whose type is ``type_``, in order."""
    return [e for e in evs if e["type"] == type_]


def actor_codes(side):
    """The actor codes of one side of an event, sorted ("" for a participant without a code)."""
    return sorted(a.get("actor_code") or "" for a in side)


def codes(side):
    """The actor codes of one side of an event, sorted (a participant's name where it has no code)."""
    return sorted(a.get("actor_code") or a.get("name") for a in side)
