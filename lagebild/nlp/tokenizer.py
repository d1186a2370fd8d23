"""The German news tokenizer: spaCy's blank German rules, adjusted for news text.

Adjustments (each covered by tests/nlp/test_tokenizer.py):
- number compounds with a word part stay whole: ``13-1/2-Jahres-Hoch``, ``2:1-Sieg``, ``24-jährige``;
- number ranges split, so each end can be a date: ``1914-1918``, ``1912/13``, ``264–260``;
- a year at the end of a sentence gives up its full stop (``im März 2022.``), while ordinals
  (``am 5. März``) keep theirs;
- hyphenated compounds (``US-Regierung``) stay one token, as in spaCy's German defaults.
"""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

# A number compound: digits joined by - / : or . to more digits, optionally followed by a
# hyphenated word part ("13-1/2-Jahres-Hoch", "3:1-Sieg", "50-prozentige").
_NUMBER_COMPOUND = re.compile(r"^[0-9]+(?:[-/:.,][0-9]+)*-[A-Za-zÄÖÜäöüß][\w-]*$")
# Four-digit years (1000-2099) lose a sentence-final full stop; "5." and "20." stay ordinals.
_YEAR_STOP = r"(?<=(?<![0-9])[12][0-9]{3})\."


def customize_tokenizer(nlp: Language) -> Language:
    """Adjust ``nlp``'s tokenizer in place for German news text and return ``nlp``."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[0-9])[/–—](?=[0-9])", r"(?<=[0-9]\.)[/–—-](?=[0-9])"]
    suffixes = list(nlp.Defaults.suffixes) + [_YEAR_STOP]
    # One compiled pattern, not a Python function: spaCy saves the tokenizer (to_disk) by reading
    # the pattern of the bound ``match`` method.
    default = nlp.tokenizer
    patterns = [_NUMBER_COMPOUND.pattern]
    if default.token_match is not None:
        patterns.append(default.token_match.__self__.pattern)
    # a new tokenizer with every setting at once: setting the three on the default one reloaded
    # its 3,000 special cases three times (a third of the pipeline's tokenizer build)
    nlp.tokenizer = Tokenizer(nlp.vocab, rules=default.rules, prefix_search=default.prefix_search,
                              suffix_search=compile_suffix_regex(suffixes).search,
                              infix_finditer=compile_infix_regex(infixes).finditer,
                              token_match=re.compile("|".join(f"(?:{p})" for p in patterns)).match,
                              url_match=default.url_match, faster_heuristics=default.faster_heuristics)
    return nlp


# The tokenizer of a trained model loaded only for its networks (see :func:`load_networks`).
BARE_TOKENIZER = "lagebild.BareTokenizer.v1"


@registry.tokenizers(BARE_TOKENIZER)
def _bare_tokenizer():
    """A tokenizer with no rules: the trained models run on the pipeline's own Docs."""
    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)
    return make


def load_networks(path: str | Path, **kwargs) -> Language:
    """``spacy.load(path)`` for a model whose components run on the pipeline's own tokens.

    Its own German tokenizer (some 3,000 special cases, about 0.1 s per model and worker process)
    is neither built nor read from disk: the pipeline tokenizes once, with :func:`customize_tokenizer`.
    The networks multiply matrices with numpy's BLAS on one thread (see :mod:`lagebild.nlp.blas`).
    """
    from .blas import use_blas
    return use_blas(spacy.load(path, exclude=["tokenizer"],
                               config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}, **kwargs))
