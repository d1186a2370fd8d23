"""Rule-based sentence segmentation for German news text.

Why rules: sentence ends in edited news are regular, and the rules keep the cases a statistical
sentencizer trained on little data gets wrong: ``"…", sagte er.`` stays one sentence, ordinals
(``am 5. März``) and abbreviations (``z. B.``, ``Mio.``) end nothing, a blank line always ends a
sentence.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ..paths import resource
from .extensions import register_extensions

FINAL_PUNCT = {".", "!", "?", "…", "?!", "!?", "..."}
CLOSING_QUOTES = {'"', "“", "”", "«", "»", "‘", "’", "'", ")"}
OPENING_QUOTES = {'"', "„", "“", "»", "«", "‚", "‘", "'", "(", "-", "–"}
# Abbreviations that spaCy splits off as "X" + "." in some contexts; a full stop after them
# does not end a sentence.
ABBREVIATIONS = {"Nr", "Dr", "Prof", "St", "bzw", "ca", "vgl", "Mio", "Mrd", "Abs", "Art", "Hr",
                 "Fr", "u", "v", "Chr", "Jh", "Jhd", "z", "B", "d", "h", "S", "etc", "usw"}


# "Mine getötet. Istanbul- Der Konflikt …", "Belgrad– Bei einem Luftangriff …": a dateline whose dash
# is glued to the place was one token ("Istanbul-"), so no entity, no dateline and no setting was
# found (the events of the report lost their country). A capitalised word with a trailing dash at
# the start of a sentence, followed by a space and a capitalised word, is split into place and dash;
# a truncated compound goes on in lower case ("Ein- und Ausfuhr") and stays whole. False: no split
DATELINE_DASH = True
_DASHES = ("-", "–", "—")


def _dateline_dashes(texts: list[str], ws: list[str]) -> list[int]:
    """Indices of tokens such as "Istanbul-" that open a sentence (the text's first token, or one
    after a sentence end or a line break) and glue a dateline's dash to the place before a space and
    a capitalised word (:data:`DATELINE_DASH`)."""
    out = []
    for i, text in enumerate(texts):
        if len(text) < 4 or not text.endswith(_DASHES) or not text[0].isupper() or not text[-2].isalpha() \
                or not ws[i] or i + 1 >= len(texts) or not texts[i + 1][:1].isupper():
            continue
        if i == 0 or "\n" in ws[i - 1] or texts[i - 1].isspace() or (_ends_sentence(texts, ws, i - 1) and ws[i - 1]):
            out.append(i)
    return out


def _split_dateline_dashes(doc: Doc, found: list[int]) -> None:
    """Split each token of ``found`` into the place and its dash, in place."""
    with doc.retokenize() as retok:
        for i in found:
            tok = doc[i]
            retok.split(tok, [tok.text[:-1], tok.text[-1]], heads=[(tok, 0), (tok, 0)])


def _ends_sentence(texts: list[str], ws: list[str], i: int) -> bool:
    """True if the sentence may end after token ``i`` (a final mark, or a quote closing one)."""
    text = texts[i]
    if text in FINAL_PUNCT:
        if text == "." and i > 0 and texts[i - 1] in ABBREVIATIONS and not ws[i - 1]:
            return False
        return True
    return text in CLOSING_QUOTES and i > 0 and texts[i - 1] in FINAL_PUNCT


@lru_cache(maxsize=1)
def _openers_after_numbers() -> frozenset[str]:
    """Function words that begin a sentence after "120." (resources/de/sentences/openers_after_numbers.txt)."""
    lines = resource("sentences/openers_after_numbers.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for ln in lines if ln.strip() and not ln.startswith("#") for w in ln.split())


def _number_ends_sentence(texts: list[str], ws: list[str], i: int) -> bool:
    """True if token ``i`` is a number with its full stop ("120.", "5.000.") that ends a sentence:
    the next word is a function word no ordinal is followed by."""
    text = texts[i]
    return (len(text) > 1 and text[-1] == "." and text[0].isdigit() and bool(ws[i])
            and text[:-1].replace(".", "").replace(",", "").isdigit()
            and i + 1 < len(texts) and texts[i + 1] in _openers_after_numbers())


def _may_start(text: str) -> bool:
    """True if a token can begin a sentence: a capital, a digit or an opening quote/dash."""
    first = text[0]
    return first.isupper() or first.isdigit() or text in OPENING_QUOTES


@Language.factory("lb_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str):
    """Create the rule-based German news sentence segmenter."""
    register_extensions()
    return segment_sentences


def _texts_and_spaces(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's ``text`` and ``whitespace_``, from one attribute array and the string store
    (no Token object per word)."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY]).tolist()
    return [strings[orth] for orth, _ in rows], [" " if spacy else "" for _, spacy in rows]


def segment_sentences(doc: Doc) -> Doc:
    """Set sentence starts on every token of ``doc`` and return it.

    Works on plain lists of token texts and writes all starts at once with ``Doc.from_array``:
    making a ``Token`` object per position costs more than the rules themselves.
    """
    n = len(doc)
    if n == 0:
        return doc
    texts, ws = _texts_and_spaces(doc)
    found = _dateline_dashes(texts, ws) if DATELINE_DASH else []
    if found:
        _split_dateline_dashes(doc, found)
        n = len(doc)
        texts, ws = _texts_and_spaces(doc)
    space = [t.isspace() for t in texts]
    starts = numpy.full((n, 1), -1, dtype="int64")  # SENT_START: 1 starts, -1 does not
    starts[0, 0] = 1
    pending_break = False  # a paragraph break or a sentence end is waiting for the next word
    for i in range(1, n):
        prev_text, prev_ws, prev_space = texts[i - 1], ws[i - 1], space[i - 1]
        if prev_space and "\n" in prev_text or "\n\n" in prev_ws:
            pending_break = True
        elif _ends_sentence(texts, ws, i - 1) and prev_ws:
            pending_break = space[i] or _may_start(texts[i])
        elif _number_ends_sentence(texts, ws, i - 1):
            pending_break = True
        elif not prev_space:
            pending_break = False
        if space[i]:
            continue
        # a closing quote right after the final mark belongs to the sentence it closes
        if pending_break and not (texts[i] in CLOSING_QUOTES and not prev_ws and not prev_space):
            starts[i, 0] = 1
            pending_break = False
    doc.from_array([SENT_START], starts.astype("uint64"))  # spaCy's attribute arrays are uint64
    return doc
