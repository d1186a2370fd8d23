"""Sources of information in a sentence: the actors of "nach Angaben der Polizei", "laut Reuters",
"Medienberichten zufolge" report an event, they do not take part in it.

The words come from ``function_words.tsv`` (``info_end``: endings of nouns such as *Angaben*,
*Armeeangaben*, *Berichten*) and ``prep_ignore``-style hedge words; the result is the set of token
positions that the role rules must skip when they look for source and target.
"""

from __future__ import annotations

from .lexicon import Lexicon

# words that end a hedge phrase: clause punctuation and the finite verb or auxiliary after it
_STOP = {",", ";", ":", "(", ")", "–", "—", '"', "„", "“", "”", ".", "!", "?"}
_MAX = 7  # a hedge phrase is short: "nach Angaben des Sprechers der Polizei in Bangkok"
# "Die Regierung, so der Sprecher, kritisierte Russland": an inserted ", so <speaker>," says who
# reports the clause around it; its speaker takes no part and its commas split no clause (before,
# "kritisierte Russland" was read as a clause of its own and Russia became the critic)
SO_INSERTION = True
# "Die Polizei nahm laut Medienberichten drei Demonstranten fest", "lobte laut Reuters die Regierung
# Frankreichs": the phrase of "laut"/"nach Angaben" ends with its noun phrase; an article or a number
# after its noun opens the clause's next phrase (before, the hedge ran on for seven words or up to the
# verb, and the object it swallowed took no part: the praise had no target, the arrest no victim).
# A genitive article goes on ("nach Angaben der Polizei", "laut einem Sprecher des Ministeriums").
HEDGE_NOUN_PHRASE = True
_GENITIVE = {"der", "des", "eines", "einer", "dessen", "deren"}


def _info_noun(word: str, lex: Lexicon) -> bool:
    ends = lex.info_ends
    return len(word) > 4 and any(word.endswith(e) for e in ends)


def hedged_tokens(texts: list[str], words: list[str], start: int, end: int, lex: Lexicon,
                  is_verb) -> set[int]:
    """Token positions in ``start:end`` inside a source-of-information phrase.

    ``is_verb(i)`` tells whether token ``i`` is a verb (the phrase ends before it).
    """
    out: set[int] = set()
    for i in range(start, end):
        w = words[i]
        if w == "laut" or (w == "nach" and _starts_info_phrase(texts, words, i, end, lex)):
            j = i + 1
            noun = False
            while j < end and j - i <= _MAX and texts[j] not in _STOP and not (j > i + 1 and is_verb(j)):
                if HEDGE_NOUN_PHRASE and noun and _opens_phrase(texts[j], words[j], lex):
                    break
                noun = noun or texts[j][:1].isupper()
                out.add(j)
                j += 1
        elif w == "so" and SO_INSERTION:
            for a, b in so_insertions(texts, words, max(start, i - 1), end, lex, is_verb):
                if a == i - 1:
                    out.update(range(i + 1, b))
        elif w == "zufolge":
            j = i - 1
            while j >= start and i - j <= _MAX and texts[j] not in _STOP:
                out.add(j)
                j -= 1
    return out


def _opens_phrase(text: str, word: str, lex: Lexicon) -> bool:
    """True for a word that opens a new noun phrase after a hedge's noun: an article or a
    determiner that is no genitive, or a number ("die", "den", "drei", "12")."""
    if text[:1].isdigit():
        return True
    return "det" in lex.function_words.get(word, ()) and word not in _GENITIVE


def so_insertions(texts: list[str], words: list[str], start: int, end: int, lex: Lexicon,
                  is_verb) -> list[tuple[int, int]]:
    """The ``(comma, comma)`` positions around each inserted ", so der Sprecher," or ", so
    Merkel weiter," of ``start:end``: "so" right after a comma, then an article or a capitalised
    word, at most :data:`_MAX` words without a verb up to a second comma that text follows. Not
    ", so dass", ", so schnell wie", ", so hieß es" (the verb makes it a clause)."""
    out = []
    if not SO_INSERTION:
        return out
    for i in range(start + 1, end - 2):
        if words[i] != "so" or texts[i - 1] != ",":
            continue
        first = i + 1
        if not (texts[first][:1].isupper() or "article" in lex.function_words.get(words[first], ())):
            continue
        j = first
        while j < end and j - i <= _MAX and texts[j] not in _STOP and not is_verb(j):
            j += 1
        if j + 1 < end and texts[j] == "," and j > first:
            out.append((i - 1, j))
    return out


def _starts_info_phrase(texts, words, i: int, end: int, lex: Lexicon) -> bool:
    """True for "nach" + up to three articles or adjectives + an information noun."""
    for j in range(i + 1, min(end, i + 5)):
        if texts[j][:1].isupper():
            return _info_noun(words[j], lex)
        if texts[j] in _STOP:
            return False
    return False
