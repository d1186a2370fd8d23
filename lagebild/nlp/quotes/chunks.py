"""Token-level reading shared by the quotation rules: closed word classes written as constants,
the records of an attribution frame and of a unit, and the chunking of noun phrases and clauses.

:class:`Chunker` is a mixin of the scan in :mod:`.finder`: its methods read the per-document token
tables the scan builds (``t`` texts, ``lo`` lower-cased, ``cls`` function-word classes, ``sp``
space after, ``in_quote``) and know nothing of frames. Chunks are found without a tagger, from the
closed-class word lists in ``lagebild/resources/de/quotes/function_words.txt`` and German
capitalisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .marks import QUOTE_MARKS

PUNCT = frozenset({",", ";", ":", ".", "!", "?", "…", "–", "-", "(", ")"})
CLAUSE_BREAK = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–"})
OPENERS = frozenset({"„", "»", "«", '"', "“", "‚"})
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
# Pronouns that can be the speaker right after the finite verb ("sagte er", "meint man").
_SUBJECT_PRONOUNS = frozenset({"er", "sie", "man", "wir", "ich", "ihr", "letztere", "letzterer"})
_GENITIVE = frozenset({"des", "der", "eines", "einer"})
_DOMAINS = (".de", ".com", ".net", ".org", ".at", ".ch", ".fr", ".uk", ".ru")
_NAME_PARTICLES = frozenset({"de", "van", "da", "di", "del", "bin", "al", "el", "le", "la", "dos"})
_GENITIVE_OPEN = _GENITIVE | {"seines", "seiner", "ihres", "ihrer", "dieses", "dieser", "unseres", "unserer"}
_RELATIVE = frozenset({"der", "die", "das", "welche", "welcher", "welches", "dem", "den", "denen"})
_RELATIVE_OPEN = _RELATIVE | {"deren", "dessen"}
_NUMBER_WORDS = frozenset({"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
                           "zwölf", "zwanzig", "dreißig", "hundert", "tausend", "dutzende", "hunderte",
                           "tausende", "mehrere", "zahlreiche", "mindestens"})
_POSSESSIVE_OPEN = frozenset({"seiner", "seinem", "ihrer", "ihrem"})


@dataclass
class _Frame:
    """An attribution frame: the clause or phrase that names speaker and cue."""

    start: int                     # first token of the frame (inclusive)
    end: int                       # last token + 1
    cue: list[int]                 # token indices of the cue parts
    speaker: tuple[int, int] | None
    addressee: tuple[int, int] | None
    before: bool                   # takes the text before it
    after: bool                    # takes the text after it
    reported: bool = False         # a reported-speech verb (whole sentence if no complement)
    head: int | None = None        # the cue word proper
    inherit: bool = False          # no speaker of its own: share the one of the frame before
    passive: bool = False          # "wurde bestätigt": no agent to report
    verbal: bool = False           # a cue verb's clause (not "laut X", "X zufolge", ", so X")
    participle: bool = False       # the cue word is a past participle ("hatte … abgelehnt")
    stop: int | None = None        # the speech it introduces ends here (a subordinate frame)
    quoted: tuple[int, int] | None = None  # with "zitieren", the one quoted beside the one quoting


@dataclass
class _Unit:
    start: int
    end: int
    quotes: list[tuple[int, int]] = field(default_factory=list)
    frames: list[_Frame] = field(default_factory=list)
    found: list[dict] = field(default_factory=list)


class Chunker:
    """Noun phrases, adjectives and clause bounds over the scan's token tables."""

    # the scan's per-document token tables (set by the scan before any rule runs)
    t: list[str]
    lo: list[str]
    cls: list[frozenset[str]]
    sp: list[bool]
    is_space: list[bool]
    in_quote: list[bool]

    def _cap(self, i: int) -> bool:
        s = self.t[i]
        return s[:1].isupper() or s[:1].isdigit()

    def _is_noun(self, i: int) -> bool:
        """Capitalised and not a closed-class word: a noun or a name (German capitalises nouns).

        A compound with a lower-case first part counts by its capitalised head ("ai-Bericht")."""
        if "NAME" in self.cls[i]:
            return True  # a name written in lower case: "die taz", "laut dpa"
        if self.cls[i] - {"MEDIA"}:
            return False
        s = self.t[i]
        return self._cap(i) or ("-" in s and s.rsplit("-", 1)[1][:1].isupper()) \
            or s.endswith(_DOMAINS)  # "ndr.de", "faz.net" name their site

    def _word(self, i: int) -> bool:
        return not self.is_space[i] and self.t[i] not in PUNCT and self.t[i] not in QUOTE_MARKS

    def _np_right(self, i: int, end: int, genitive: bool = True,
                  appositive: bool = True) -> tuple[int, int] | None:
        """A noun phrase starting at ``i`` (before ``end``), or None; ``genitive=False`` stops
        before a genitive attribute ("am Abend | der Zeitung")."""
        if i >= end:
            return None
        if self.lo[i] in _SUBJECT_PRONOUNS or self.lo[i] in ("es", "beide"):
            return (i, i + 1)
        j = i
        seen_noun = False
        while j < end:
            lo, c = self.lo[j], self.cls[j]
            if self.in_quote[j] and self.t[j] in OPENERS:
                # a name in quotation marks: „Tagesspiegel“
                k = j + 1
                while k < end and self.t[k] not in QUOTE_MARKS:
                    k += 1
                # a name is capitalised ("„Die Welt“"); "„auch in Zukunft bestehen“" is speech
                if k < end and k - j <= 5 and all(self._cap(x) or not self.t[x].isalpha()
                                                  or "DET" in self.cls[x] for x in range(j + 1, k)):
                    j = k + 1
                    seen_noun = True
                    if j < end and self._is_noun(j) and self.t[j][:1].isupper() and not self.cls[j] \
                            and j + 1 < end and not self._is_noun(j + 1) and self.lo[j + 1] not in ("und", "("):
                        break  # "laut „Reuters“ Warnschüsse …": the name ends, a new phrase begins
                    continue
                break
            if seen_noun and (self.t[j][:1].isdigit() or lo in _NUMBER_WORDS) and j + 1 < end and self._is_noun(j + 1):
                break  # "Behördenangaben | 62 Personen", "AFP | vier Menschen": a number opens the next phrase
            if "DET" in c and not seen_noun:
                j += 1
                continue
            if genitive and seen_noun and lo in _GENITIVE_OPEN and j + 1 < end and (self._cap(j + 1) or self._adj(j + 1, end)):
                j += 1
                seen_noun = False
                continue
            if genitive and seen_noun and lo.endswith(("er", "es")) and self._adj(j, end) \
                    and j + 1 < end and self._is_noun(j + 1):
                j += 1  # a genitive without article: "nach Angaben libanesischer Sicherheitskreise"
                seen_noun = False
                continue
            if seen_noun and lo in _NAME_PARTICLES and j + 1 < end and self._is_noun(j + 1) \
                    and self._cap(j - 1):
                j += 1  # "Thomas de Maizière", "Ursula von der Leyen"
                if lo == "von" and self.lo[j] == "der" and j + 1 < end and self._is_noun(j + 1):
                    j += 1
                continue
            if seen_noun and lo in ("und", "sowie") and j + 1 < end and (
                    self._is_noun(j + 1) or "DET" in self.cls[j + 1] and j + 2 < end and self._is_noun(j + 2)):
                j += 1  # "der Minister und die Sprecherin", "Grüne sowie FDP"
                seen_noun = False
                continue
            if seen_noun and lo in ("in", "auf") and j + 2 < end and self.lo[j + 1] in _POSSESSIVE_OPEN \
                    and self._is_noun(j + 2):
                j += 3  # "die Zeitung in ihrer Onlineausgabe", "der Verein auf seiner Website"
                continue
            if seen_noun and lo == "in" and j + 1 < end and self._is_noun(j + 1) and "DET" not in self.cls[j + 1] \
                    and (j + 2 >= end or not self._is_noun(j + 2)):
                j += 2  # a place without article: "die Regierung in Lomé", "ein Sprecher in Berlin"
                continue
            if seen_noun and lo in ("von", "aus", "bei") and j + 1 < end and (self._is_noun(j + 1) or (
                    j + 2 < end and "DET" in self.cls[j + 1] and self._is_noun(j + 2)
                    and not (lo == "bei" and self.lo[j + 1] not in ("der", "dem", "den")))):
                j += 1  # "Jane Muster von der Universität Bonn"
                seen_noun = False
                continue
            if seen_noun and self.t[j] == "(":
                k = j + 1
                while k < end and self.t[k] != ")" and k - j < 8:
                    k += 1
                if k < end and self.t[k] == ")":
                    j = k + 1
                    continue
                break
            if seen_noun and lo == "vom" and j + 1 < end and (
                    self._is_noun(j + 1) or self._adj(j + 1, end) or self.t[j + 1] in OPENERS):
                j += 1  # "Johanna Moser vom „Kollektiv“", "Metzges vom Netzwerk Campact"
                seen_noun = False
                continue
            if self._is_noun(j) and not (c & {"PREP", "ADV", "SUB", "AUX", "CONJ"}):
                seen_noun = True
                j += 1
                if "MEDIA" in c and j < end and not self.cls[j] and self.t[j].isalpha() \
                        and self.t[j].islower() and len(self.t[j]) <= 4 and not self.t[j].endswith("t"):
                    # a lower-case agency name: "Nachrichtenagentur dpa"; not a verb ("… hält")
                    j += 1
                continue
            if not seen_noun and self._adj(j, end):
                j += 1
                continue
            if self.t[j][:1].isdigit() and not seen_noun:
                j += 1
                continue
            break
        if not seen_noun and not any(self._is_noun(k) for k in range(i, j)):
            return None
        # drop trailing determiners left by a failed genitive
        while j > i and ("DET" in self.cls[j - 1] or self.lo[j - 1] == "von"):
            j -= 1
        if j <= i:
            return None
        if appositive and j + 1 < end and self.t[j] == "," and self.lo[i] not in _SUBJECT_PRONOUNS:
            app = self._np_right(j + 1, end, genitive, appositive=False)
            # "sagte Milovan Rajevac, der Trainer Ghanas, …" - an apposition is followed by a
            # comma or the end of the sentence, a new clause by its verb
            if app and (app[1] >= end or self.t[app[1]] in (",", ".", ":", ";", "!", "?")
                        or self.t[app[1]] in QUOTE_MARKS):
                return (i, app[1])
            # "sagte der General, General George Casey heute …": a name of two or more
            # capitalised words followed by an adverbial (its closing comma missing)
            if app and app[1] - app[0] >= 2 and all(self._cap(k) and not self.cls[k] for k in range(*app)) \
                    and self.cls[app[1]] & {"ADV", "PREP"} and "DET" not in self.cls[app[1]]:
                return (i, app[1])
        return (i, j)

    def _adj(self, j: int, end: int) -> bool:
        """A lower-case word that can be an attributive adjective before a noun."""
        lo = self.lo[j]
        if self.cls[j] or not lo[:1].isalpha() or not lo.endswith(_ADJ_ENDINGS) or lo[:1].isupper():
            return False
        if self.t[j][:1].isupper():
            return False
        return j + 1 < end and (self._is_noun(j + 1) or self._adj(j + 1, end) or self.t[j + 1] == ",")

    def _np_left(self, end: int, start: int) -> tuple[int, int] | None:
        """The noun phrase ending just before ``end`` and not reaching before ``start``."""
        j = end - 1
        if j < start:
            return None
        if self.lo[j] in _SUBJECT_PRONOUNS:
            return (j, j + 1)
        k = j
        state = "noun"      # noun: names and nouns; pre: adjectives and numbers before them
        noun_start = end
        while k >= start:
            lo, c = self.lo[k], self.cls[k]
            if self.t[k] == ")" and state == "noun":
                m = k - 1
                while m >= start and self.t[m] not in ("(", ")") and k - m < 10:
                    m -= 1
                if m > start and self.t[m] == "(":
                    k = m - 1  # "Günther Oettinger (CDU)"
                    continue
                break
            if self.t[k] in QUOTE_MARKS and self.in_quote[k] and k < j and state == "noun":
                k -= 1
                continue
            if k == j and k > start and "MEDIA" in self.cls[k - 1] and self.t[k].islower() \
                    and len(self.t[k]) <= 4 and not c:
                k -= 1  # "der Nachrichtenagentur dpa"
                continue
            if state == "noun" and (self._is_noun(k) or self.t[k][:1].isdigit()
                                    or (self.t[k] in QUOTE_MARKS and k == j)):
                noun_start = k
                k -= 1
                continue
            if lo in ("und", "sowie") and state == "noun" and noun_start < end and k - 1 >= start \
                    and self._is_noun(k - 1) and self._cap(k - 1):
                k -= 1  # "Berichten der Sender Sky News und BBC": both names
                continue
            if "DET" in c or lo in _GENITIVE:
                if noun_start < end and lo in _GENITIVE_OPEN and k - 1 >= start and \
                        (self._is_noun(k - 1) or self.t[k - 1] in (")",) or self.t[k - 1] in QUOTE_MARKS):
                    # a genitive attribute: "Angaben [der Polizei]" continues to the left
                    k -= 1
                    state = "noun"
                    continue
                k -= 1
                break
            if noun_start < end and (self._adj(k, end) or self.t[k][:1].isdigit()):
                state = "pre"
                k -= 1
                continue
            if state == "pre" and not (c & {"PREP", "SUB", "CONJ"} or self.t[k] in PUNCT
                                      or self.t[k] in QUOTE_MARKS):
                # the words before the noun were not adjectives after all ("starben …")
                k = noun_start - 1
            break
        k += 1
        if k >= end or not any(self._is_noun(x) for x in range(k, end)):
            return None
        return (k, end)

    def _clause_start(self, v: int, lo_bound: int) -> int:
        """First token of the clause that contains token ``v``, passing over appositions."""
        k = v - 1
        skipped = -1
        while k >= lo_bound:
            s = self.t[k]
            if s == ")":
                j = k - 1
                while j >= lo_bound and self.t[j] not in ("(", ")") and k - j < 20:
                    j -= 1
                if j >= lo_bound and self.t[j] == "(":
                    k = j - 1  # a parenthesis "(CDU)" is part of the clause
                    continue
            if self.in_quote[k] and s in QUOTE_MARKS:
                span = self._quote_ending(k)
                if span is not None and (self._short_inline(span) or (
                        k == v - 1 and self._opens(span[0], lo_bound) and self._title_like(span)
                        and not self._subject_after(v))):
                    # "gegenüber der Zeitung „Die Welt“ mitgeteilt"; "„Bild“ berichtete, …": a
                    # quoted name before the verb is its subject, not a quotation
                    k = span[0] - 1
                    continue
                return k + 1
            if s == "–":
                j = k - 1
                while j >= lo_bound and self.t[j] not in ("–", ",", ".") and k - j < 15:
                    j -= 1
                if j >= lo_bound and self.t[j] == "–":
                    k = j - 1  # a parenthesis between dashes
                    continue
            if s in CLAUSE_BREAK:
                # "X, der Chef, sagte", "X, der Chef, hatte gesagt", "X, der Chef, in Berlin
                # mitteilte": the comma may close an insertion before the verb
                pp = v - k <= 6 and self.cls[k + 1] & {"PREP", "ADV"} and "SUB" not in self.cls[k + 1]
                # spaces between the comma and the verb ("Thomas,  mitteilte") do not count
                next_to_verb = k == v - 1 or all(self.is_space[x] for x in range(k + 1, v))
                if s == "," and (next_to_verb or "AUX" in self.cls[k + 1] or skipped == k + 1 or pp):
                    j = self._inserted_before(k, lo_bound)
                    if j is not None:
                        # "Die Sprecherin des Weißen Hauses, Jen Psaki, bestätigte"; chains of
                        # insertions ("X, der Minister, der … hat, sagte") are passed one by one
                        skipped = self._insert_start
                        k = j
                        continue
                return k + 1
            if self.lo[k] in ("und", "oder", "aber", "sowie") and k + 1 < len(self.t) and \
                    (self.lo[k + 1] in self.res.verb_index or "AUX" in self.cls[k + 1]):
                return k + 1
            k -= 1
        return lo_bound

    def _inserted_before(self, k: int, lo_bound: int) -> int | None:
        """If the comma at ``k`` closes an apposition or relative clause after a noun, return the
        token before that insertion (the noun), else None."""
        j = k - 1
        while j >= lo_bound and self.t[j] != "," and k - j <= 25:
            if self.t[j] in (".", ";", ":", "!", "?") or (self.t[j] in QUOTE_MARKS and self.in_quote[j]):
                return None
            j -= 1
        if j <= lo_bound or self.t[j] != "," or k - j - 1 < 1:
            return None
        seg = range(j + 1, k)
        first = j + 1
        relative = self._relative_at(first, k) or (
            "PREP" in self.cls[first] and first + 1 < k and self.lo[first + 1] in _RELATIVE_OPEN)
        if not relative:
            if k - j - 1 > 10:
                return None
            for x in seg:
                if not (self._is_noun(x) or self.cls[x] & {"DET", "PREP"} or self._adj(x, k)
                        or self.t[x] in ("(", ")", "-") or self.t[x] in QUOTE_MARKS):
                    return None
        before = j - 1
        if not (self._is_noun(before) or self.t[before] in (")",) or self.t[before] in QUOTE_MARKS):
            return None
        self._insert_start = j + 1
        # the comma that closes the noun phrase before this insertion may close another one
        if before > lo_bound and self._is_noun(before):
            self._insert_start = self._np_start(before, lo_bound)
        return before

    def _relative_at(self, k: int, end: int) -> bool:
        """A relative pronoun at ``k`` ("…, der zur Zeit … hat"), not an article ("…, der Chef")."""
        return self.lo[k] in _RELATIVE_OPEN and not (
            k + 1 < end and (self._is_noun(k + 1) or self._adj(k + 1, end) or self.t[k + 1][:1].isdigit()))

    def _np_start(self, k: int, lo_bound: int) -> int:
        """First token of the noun phrase ending at ``k`` (for chained insertions)."""
        np = self._np_left(k + 1, lo_bound)
        return np[0] if np else k

    def _quote_ending(self, k: int) -> tuple[int, int] | None:
        return self._quote_by_end.get(k)

    def _quote_starting(self, k: int) -> tuple[int, int] | None:
        return self._quote_by_start.get(k)

    def _subject_after(self, v: int) -> bool:
        """The verb at ``v`` has its subject after it ("„Nein“ sagte sie", "… sagte der Chef")."""
        return v + 1 < len(self.t) and (self.lo[v + 1] in _SUBJECT_PRONOUNS or "DET" in self.cls[v + 1])

    def _opens(self, x: int, lo_bound: int) -> bool:
        """Token ``x`` is the first word of its unit (only spaces before it)."""
        return all(self.is_space[j] for j in range(lo_bound, x))

    def _title_like(self, span: tuple[int, int]) -> bool:
        """A short quoted run of capitalised words: a name or title („Bild“, „Die Welt“)."""
        words = [k for k in range(span[0] + 1, span[1]) if self._word(k)]
        return 0 < len(words) <= 6 and any(self._cap(k) for k in words) and all(
            self._cap(k) or len(self.t[k]) <= 3 or not self.t[k].isalpha() for k in words)

    def _short_inline(self, span: tuple[int, int]) -> bool:
        """A short quotation glued into its clause (a name, a title, a phrase after a word)."""
        x, y = span
        if y - x - 1 > 6 or x == 0 or y + 1 >= len(self.t):
            return False
        return self._word(x - 1) and self.t[x - 1] not in ("als",) and self.lo[x - 1] not in ("als", "von")

    def _clause_end(self, v: int, hi_bound: int) -> int:
        k = v + 1
        while k < hi_bound:
            s = self.t[k]
            if s == "(":
                j = k + 1
                while j < hi_bound and self.t[j] not in ("(", ")") and j - k < 20:
                    j += 1
                if j < hi_bound and self.t[j] == ")":
                    k = j + 1
                    continue
            if s in OPENERS and self.in_quote[k]:
                span = self._quote_starting(k)
                if span is not None and self._short_inline(span):
                    k = span[1] + 1
                    continue
            if s in CLAUSE_BREAK or (s in OPENERS and self.in_quote[k]):
                return k
            if self.lo[k] in ("und", "oder", "aber", "sowie") and k + 1 < hi_bound and \
                    (self.lo[k + 1] in self.res.verb_index or "AUX" in self.cls[k + 1]):
                return k  # "sagte Maduro und fügte hinzu": a second clause with its own verb
            k += 1
        return hi_bound

    def _closes_clause(self, k: int, ce: int) -> bool:
        """Token ``k`` ends a clause whose last word came before it."""
        return k >= ce or k >= len(self.t) or self.t[k] in PUNCT or self.t[k] in QUOTE_MARKS or self.is_space[k] \
            or self.lo[k] in ("und", "oder", "dass", "daß", "sowie") or "AUX" in self.cls[k]

    def _finite_like(self, k: int) -> bool:
        """A lower-case open-class word that can be a finite verb ("empfindet", "sparte")."""
        w = self.t[k]
        return w.isalpha() and w.islower() and not (self.cls[k] - {"AUX"}) and \
            w.endswith(("t", "te", "ten", "en")) and not self._adj(k, len(self.t))
