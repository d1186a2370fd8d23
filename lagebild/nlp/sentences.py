"""Rule-based sentence segmentation for German news text.

Why rules: sentence ends in edited news are regular, and the rules keep the cases a statistical
sentencizer trained on little data gets wrong: ``"…", sagte er.`` stays one sentence, ordinals
(``am 5. März``) and abbreviations (``z. B.``, ``Mio.``) end nothing, a blank line always ends a
sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register_extensions

FINAL_PUNCT = {".", "!", "?", "…", "?!", "!?", "..."}
CLOSING_QUOTES = {'"', "“", "”", "«", "»", "‘", "’", "'", ")"}
OPENING_QUOTES = {'"', "„", "“", "»", "«", "‚", "‘", "'", "(", "-", "–"}
# Abbreviations that spaCy splits off as "X" + "." in some contexts; a full stop after them
# does not end a sentence.
ABBREVIATIONS = {"Nr", "Dr", "Prof", "St", "bzw", "ca", "vgl", "Mio", "Mrd", "Abs", "Art", "Hr",
                 "Fr", "u", "v", "Chr", "Jh", "Jhd", "z", "B", "d", "h", "S", "etc", "usw"}


def _ends_sentence(doc: Doc, i: int) -> bool:
    """True if the sentence may end after token ``i`` (a final mark, or a quote closing one)."""
    tok = doc[i]
    if tok.text in FINAL_PUNCT:
        if tok.text == "." and i > 0 and doc[i - 1].text in ABBREVIATIONS and not doc[i - 1].whitespace_:
            return False
        return True
    if tok.text in CLOSING_QUOTES and i > 0 and doc[i - 1].text in FINAL_PUNCT:
        return True
    return False


def _may_start(tok) -> bool:
    """True if ``tok`` can begin a sentence: a capital, a digit or an opening quote/dash."""
    first = tok.text[0]
    return first.isupper() or first.isdigit() or tok.text in OPENING_QUOTES


@Language.factory("lb_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str):
    """Create the rule-based German news sentence segmenter."""
    register_extensions()
    return segment_sentences


def segment_sentences(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token of ``doc`` and return it."""
    if len(doc) == 0:
        return doc
    doc[0].is_sent_start = True
    pending_break = False  # a paragraph break or a sentence end is waiting for the next word
    for i in range(1, len(doc)):
        tok = doc[i]
        prev = doc[i - 1]
        if prev.is_space and "\n" in prev.text or "\n\n" in prev.whitespace_:
            pending_break = True
        elif _ends_sentence(doc, i - 1) and (prev.whitespace_ or "\n" in prev.whitespace_):
            pending_break = _may_start(tok) or tok.is_space
        elif not prev.is_space:
            pending_break = False
        if tok.is_space:
            tok.is_sent_start = False
            continue
        # a closing quote right after the final mark belongs to the sentence it closes
        if pending_break and not (tok.text in CLOSING_QUOTES and not prev.whitespace_ and not prev.is_space):
            tok.is_sent_start = True
            pending_break = False
        else:
            tok.is_sent_start = False
    return doc
