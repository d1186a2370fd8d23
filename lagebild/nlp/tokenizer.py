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

try:  # the regex parser and compiler, to read which characters a pattern's matches can hold
    from re import _compiler as _sre_compile, _constants as _sre, _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

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
                     suffix_search=_SuffixSearch(compile_suffix_regex(suffixes)).search,
                     infix_finditer=_InfixFinditer(compile_infix_regex(infixes)).finditer,
                     token_match=re.compile("|".join(f"(?:{p})" for p in patterns)).match,
                     url_match=defaults.url_match)


# (speed) The suffix and infix patterns, searched faster with the same matches. spaCy calls them
# once or more per word; a plain ``search`` tries each of some 80 suffix alternatives at every
# position of the word, and ``finditer`` each infix alternative. Both wrappers keep the compiled
# pattern as ``pattern``, which is what spaCy saves and pickles the tokenizer by.

def _items_end_at_end(alt) -> bool:
    return len(alt) > 0 and alt[-1] == (_sre.AT, _sre.AT_END)


class _SuffixSearch:
    """``regex.search`` for a suffix pattern whose every alternative ends in ``$``.

    A match of width at most ``width`` can only start in the last ``width + 1`` characters (one
    more for ``$`` before a final newline), so the search starts there; the search from an
    offset sees the text before it (look-behinds) as a search of the whole word does. Unbounded
    alternatives may only be made of literal characters (``\\.\\.+$``; ``unbounded``): a match
    of them can start earlier only if the character before that start is one of them, and then
    the whole word is searched.
    """

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.pattern = regex.pattern
        self.width: int | None = None  # None: search the whole word
        self.unbounded: frozenset[str] = frozenset()
        tree = _sre_parse.parse(regex.pattern, regex.flags)
        alts = tree[0][1][1] if len(tree) == 1 and tree[0][0] is _sre.BRANCH else [tree]
        if regex.flags & re.MULTILINE or not all(_items_end_at_end(alt) for alt in alts):
            return
        width, unbounded = 0, set()
        for alt in alts:
            lo, hi = alt.getwidth()
            if hi < _sre.MAXREPEAT:
                width = max(width, hi)
                continue
            chars = _literal_chars(alt)
            if chars is None:
                return
            unbounded |= chars
        self.width, self.unbounded = width, frozenset(unbounded)

    def search(self, string: str):
        width = self.width
        start = len(string) - width - 1 if width is not None else 0
        if start <= 0 or string[start - 1] in self.unbounded:
            return self.regex.search(string)
        return self.regex.search(string, start)


def _literal_chars(items) -> set[str] | None:
    """The characters a pattern of literals, repeats of them and position tests (``$``) can
    consume, or None for any other pattern."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            inner = _literal_chars(av[2])
            if inner is None:
                return None
            chars |= inner
        elif op is not _sre.AT:
            return None
    return chars


class _InfixFinditer:
    """``regex.finditer`` for an infix pattern, with no search in words that hold no character
    a match can begin with (most words: infixes are hyphens, slashes, dots, symbols ...).

    ``first`` matches the characters the first consuming item of each alternative matches
    (after its look-behinds); an alternative that may match nothing, or starts otherwise,
    turns the test off.
    """

    def __init__(self, regex: re.Pattern):
        self.regex = regex
        self.pattern = regex.pattern
        self.first: re.Pattern | None = _first_chars(regex)

    def __reduce__(self):  # (``first`` is compiled from a parse tree: made anew, not pickled)
        return _InfixFinditer, (self.regex,)

    def finditer(self, string: str):
        first = self.first
        if first is not None and first.search(string) is None:
            return iter(())
        return self.regex.finditer(string)


def _first_items(items) -> list | None:
    """The pattern items one of which matches the first character of every match of ``items``
    (a parsed alternative), or None."""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # consumes nothing
        if op in (_sre.LITERAL, _sre.IN):
            return [(op, av)]
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            return _first_items(av[2])
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:  # (no flags changed in the group)
            return _first_items(av[3])
        if op is _sre.BRANCH:
            out = []
            for alt in av[1]:
                firsts = _first_items(alt)
                if firsts is None:
                    return None
                out += firsts
            return out
        return None
    return None


def _first_chars(regex: re.Pattern) -> re.Pattern | None:
    """A one-character pattern for the characters that can begin a match of ``regex`` (see
    :class:`_InfixFinditer`), or None: the first items of its alternatives as one character
    set, compiled with the pattern's flags."""
    tree = _sre_parse.parse(regex.pattern, regex.flags)
    if tree.getwidth()[0] < 1:
        return None
    firsts = _first_items(list(tree))
    if firsts is None:
        return None
    members = []
    for op, av in firsts:
        if op is _sre.IN:
            if any(item[0] is _sre.NEGATE for item in av):
                return None  # (a negated set cannot join a union of members)
            members.extend(av)
        else:
            members.append((op, av))
    return _sre_compile.compile(_sre_parse.SubPattern(tree.state, [(_sre.IN, members)]), regex.flags)


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
