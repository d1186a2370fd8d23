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

import catalogue
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# A number compound: digits joined by - / : or . to more digits, optionally followed by a
# hyphenated word part ("13-1/2-Jahres-Hoch", "3:1-Sieg", "50-prozentige").
_NUMBER_COMPOUND = re.compile(r"^[0-9]+(?:[-/:.,][0-9]+)*-[A-Za-zÄÖÜäöüß][\w-]*$")
# Four-digit years (1000-2099) lose a sentence-final full stop; "5." and "20." stay ordinals.
_YEAR_STOP = r"(?<=(?<![0-9])[12][0-9]{3})\."


def customize_tokenizer(nlp: Language) -> Language:
    """Adjust ``nlp``'s tokenizer in place for German news text and return ``nlp``."""
    nlp.tokenizer = _news_tokenizer(nlp)
    return nlp


def _news_tokenizer(nlp: Language) -> Tokenizer:
    """The news tokenizer for ``nlp``: spaCy's tokenizer of the language (as ``spacy.Tokenizer.v1``
    makes it) with the infixes, suffixes and token pattern above, all given at once (setting them
    one by one on a built tokenizer reloads its 3,000 special cases each time)."""
    defaults = nlp.Defaults
    infixes = list(defaults.infixes) + [r"(?<=[0-9])[/–—](?=[0-9])", r"(?<=[0-9]\.)[/–—-](?=[0-9])"]
    suffixes = list(defaults.suffixes) + [_YEAR_STOP]
    # One compiled pattern, not a Python function: spaCy saves the tokenizer (to_disk) by reading
    # the pattern of the bound ``match`` method.
    patterns = [_NUMBER_COMPOUND.pattern]
    if defaults.token_match is not None:
        patterns.append(defaults.token_match.__self__.pattern)
    return Tokenizer(nlp.vocab, rules=defaults.tokenizer_exceptions,
                     prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
                     suffix_search=compile_suffix_regex(suffixes).search,
                     infix_finditer=compile_infix_regex(infixes).finditer,
                     token_match=re.compile("|".join(f"(?:{p})" for p in patterns)).match,
                     url_match=defaults.url_match)


NEWS_TOKENIZER = "lagebild.NewsTokenizer.v1"


@registry.tokenizers(NEWS_TOKENIZER)
def _news_tokenizer_factory():
    """The news tokenizer as a spaCy tokenizer factory (see :func:`news_blank`)."""
    return _news_tokenizer


def index_entry_points() -> None:
    """Let spaCy's registries find plug-in entry points by one dict lookup per name.

    Every registry lookup while a pipeline is built or a model is loaded (some 250 for the full
    pipeline) asks ``catalogue`` for the entry points of its namespace; with the ``SelectableGroups``
    that ``importlib.metadata`` gives on Python 3.10/3.11, each ask filters every installed entry
    point again (about 0.05 s of the pipeline's 0.7 s build). ``catalogue`` also accepts a plain
    ``{group: entry points}`` dict, its format for older ``importlib_metadata`` versions: made from
    the same snapshot it took at import, in the same order, it finds the same plug-ins. Idempotent.
    """
    found = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(found, "select") and hasattr(found, "groups"):
        catalogue.AVAILABLE_ENTRY_POINTS = {group: list(found.select(group=group)) for group in found.groups}


def news_blank() -> Language:
    """A blank German ``Language`` with the news tokenizer: ``customize_tokenizer(spacy.blank("de"))``
    without first building spaCy's default tokenizer (its special cases: a third of the blank's cost,
    paid by every process that builds the pipeline before it analyses)."""
    index_entry_points()
    return spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": NEWS_TOKENIZER}}})


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
    index_entry_points()
    return use_blas(spacy.load(path, exclude=["tokenizer"],
                               config={"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}, **kwargs))
