"""Quotation marks: pair opening and closing marks of every German style into quote spans.

Styles: „…“ (German), "…" (typewriter), »…« and «…» (guillemets both ways), “…” (English),
‚…‘ (German single, used inside double quotes). Whether an ambiguous mark (", », «, “) opens or
closes is read from its attachment: a mark glued to the following word and not to the previous
one opens. A quote still open at a paragraph break is dropped: news text reopens a quote in the
next paragraph, and an unmatched mark must not swallow the rest of the article.
"""

from __future__ import annotations

from collections.abc import Sequence

# closing marks each opening mark accepts
_CLOSERS = {
    "„": ("“", "”", '"'),
    '"': ('"',),
    "»": ("«",),
    "«": ("»",),
    "“": ("”", "“", '"'),
    "‚": ("‘", "’"),
}
_AMBIGUOUS = {'"', "»", "«", "“"}
QUOTE_MARKS = frozenset(_CLOSERS) | {"”", "‘", "’"}


def find_quote_spans(texts: Sequence[str], space_after: Sequence[bool], breaks: Sequence[bool]
                     ) -> list[tuple[int, int]]:
    """Return top-level quotations as ``(open, close)`` token indices (marks included).

    ``space_after[i]`` says whether whitespace follows token ``i``; ``breaks[i]`` whether a
    paragraph break follows it.
    """
    n = len(texts)
    spans: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []
    for i, tok in enumerate(texts):
        if breaks[i - 1] if i else False:
            stack.clear()
        if tok not in QUOTE_MARKS:
            continue
        left = i > 0 and not space_after[i - 1] and texts[i - 1] not in "([{/" and texts[i - 1] not in QUOTE_MARKS
        right = i + 1 < n and not space_after[i]
        if stack and tok in _CLOSERS.get(stack[-1][1], ()):
            start, _ = stack.pop()
            if not stack:
                spans.append((start, i))
            continue
        if tok in _CLOSERS and (tok not in _AMBIGUOUS or right or not left):
            stack.append((i, tok))
    return spans
