"""Helpers shared by the lb_quotes tests: the text of a quote and of its cue."""


def qtext(text, q):
    """The quote's parts as they stand in ``text``, joined by an ellipsis."""
    return " … ".join(text[s["start"]:s["end"]] for s in q["quote"])


def cue_text(text, q):
    """The cue's words (all parts of a separable verb), or None."""
    cue = q["cue"]
    if cue is None:
        return None
    return " ".join(text[p["start"]:p["end"]] for p in cue.get("parts", [cue]))
