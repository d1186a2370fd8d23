"""Find temporal expressions in a ``Doc`` and normalise them (the work behind ``lb_timex``).

Speed: the words of the text are scanned once (one regular expression over the string, no
spaCy token objects) against the word beginnings the rules need (month and unit names,
"gestern", digits ...). Each trigger word names the few rules that can use it; only those rules
are matched, and only in a short window around it, and only where the window holds one of the
words every match of the rule contains ("Uhr", a month name). Sentence and tense context is computed for
the matches alone. Overlapping matches are resolved longest first, then by rule order.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from dataclasses import dataclass

from spacy.tokens import Doc

from .resources import Resources, Rule
from .values import FUNCTIONS, Context, RefDate, Unresolvable

try:  # the regex parser, to read the literal text every match of a rule must contain
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]
_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None))
                 if op is not None)

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_CALL = re.compile(r"^([a-z0-9_]+)\((.*)\)$")
_YEAR_WORD = re.compile(r"(?<![\w.,])(?:1[0-9]|20)[0-9]{2}(?!\w)")
# A year before Christ ("216 v. Chr."): a history of antiquity counts its years this way.
_BC_YEAR_WORD = re.compile(r"(?<![\w.,])[0-9]{1,4}\s?v\.\s?Chr\.")
_UNSEEN = object()  # not in a cache yet
_WORD = re.compile(r"\w[\w.:/-]*")  # a word as the trigger test sees it ("jan.", "14.30")
_PLAIN_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s")
# A sentence ends at . ! ? (not after a digit: "am 5. März") before a capital, or at a blank line.
# A number opens a sentence after a word of four lower-case letters or more ("… die Truppen.
# 258 v. Chr. befehligten …"); abbreviations before numbers are shorter ("ca. 500", "Nr. 5").
_SENT_BREAK = re.compile(r"(?<![0-9])(?<!\b[a-z])[.!?][\"“”»']?\s+(?=[\"„»]?[A-ZÄÖÜ])|(?<=[a-zäöüß]{4})[.!?]\s+(?=[0-9])"
                         r"|\n\s*\n")
# Window around a trigger word in which the rules are matched (characters before, after).
_WINDOW = (30, 60)
# Modifiers allowed before each type ("etwa 1945", "mehr als drei Wochen", "knapp 9 Uhr").
_DATE_MODS = frozenset({"APPROX"})
# In a dated article, an expression without a year ("am 15. September", "im Dezember") follows the
# passage's own time when the last date the story moved to is this many months or more away from
# the article date. Deictic words always speak from the article's present, and so do weekdays in
# news ("am Dienstag" is the article's week even after a paragraph of history).
NARRATIVE_AWAY_MONTHS = 3
# ("morgen" in lower case only: "am Morgen des 30. Juli" is the story's day, not tomorrow; "vor"
# as in "vor 20 Jahren" counts back from the article's date)
_DEICTIC = re.compile(
    r"\b(?:heute|heutig\w*|gestern|(?-i:morgen)|vorgestern|vor|übermorgen|jetzt|derzeit|zurzeit|aktuell\w*|"
    r"bislang|bisher|kürzlich|neulich|vergangen\w*|letzt\w*|vorig\w*|nächst\w*|kommend\w*|"
    r"dies\w*|laufend\w*|Montag\w*|Dienstag\w*|Mittwoch\w*|Donnerstag\w*|Freitag\w*|"
    r"Samstag\w*|Sonnabend\w*|Sonntag\w*|Wochenende\w*)\b", re.IGNORECASE)
# Auto mode treats a dated document as a history when absolute years are this dense.
NARRATIVE_MIN_YEARS = 8
NARRATIVE_YEAR_DENSITY = 0.015
# ... or when they are this dense and nearly all this many years away from the article date.
NARRATIVE_FAR_DENSITY = 0.004
NARRATIVE_FAR_YEARS = 5
NARRATIVE_FAR_SHARE = 0.8


@dataclass(frozen=True)
class Timex:
    """One normalised temporal expression with character offsets into the text."""

    start: int
    end: int
    type: str
    value: str
    anchor: str | None = None
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    rule: str = ""

    def attributes(self) -> dict:
        """The ``Span._.timex`` dict: type, value, anchor and the TIMEX3 attributes that are set."""
        out = {"type": self.type, "value": self.value, "anchor": self.anchor}
        for key in ("mod", "quant", "freq"):
            val = getattr(self, key)
            if val:
                out[key] = val
        return out


def _required_strings(items) -> frozenset[str] | None:
    """Strings one of which every match of the parsed pattern ``items`` contains, or None.

    Read off the parse tree: a run of literal characters, a group, an alternation whose every
    branch requires one, a repeat of at least one. Lookarounds and classes require nothing here,
    so the answer is never too strict; of several choices the one with the longest strings wins.
    """
    best = None
    run: list[str] = []

    def consider(req):
        nonlocal best
        if req and (best is None or (min(map(len, req)), -len(req)) > (min(map(len, best)), -len(best))):
            best = req

    for op, av in list(items) + [(None, None)]:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is _sre.SUBPATTERN:
            consider(_required_strings(av[-1]))
        elif op is _sre.BRANCH:
            alts = [_required_strings(alt) for alt in av[1]]
            if all(alts):
                consider(frozenset().union(*alts))
        elif op in _REPEATS and av[0] >= 1:
            consider(_required_strings(av[2]))
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            consider(_required_strings(av))
    return best


@functools.lru_cache(maxsize=8)  # (a scan of all of Unicode: once per process)
def _unfolded_chars(chars: frozenset[str]) -> str:
    """Characters that a case-blind regex matches to one of ``chars`` though ``str.lower`` does
    not make them equal ("ſ" matches "s", "İ" matches "i"): a text with one of them skips the
    literal pre-test of :meth:`Tagger.candidates`."""
    if not chars:
        return ""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    found = set()
    for c in set(re.findall("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]", every,
                            re.IGNORECASE)):
        if any(c != ch and c.lower() != ch.lower() and re.fullmatch(re.escape(ch), c, re.IGNORECASE)
               for ch in chars):
            found.add(c)
    return "".join(sorted(found))


def _parse_template(template: str) -> list:
    """Split a value template into literal text and placeholders (lists of alternatives)."""
    parts: list = []
    pos = 0
    for m in _PLACEHOLDER.finditer(template):
        if m.start() > pos:
            parts.append(template[pos:m.start()])
        alts = []
        for alt in m.group(1).split("|"):
            call = _CALL.match(alt.strip())
            if call:
                args = [a.strip() for a in call.group(2).split(",") if a.strip()]
                if call.group(1) not in FUNCTIONS:
                    raise ValueError(f"unknown value function {call.group(1)!r} in {template!r}")
                alts.append(("call", call.group(1), args))
            else:
                alts.append(("group", alt.strip(), None))
        parts.append(alts)
        pos = m.end()
    if pos < len(template):
        parts.append(template[pos:])
    return parts


class Tagger:
    """Rule-based German temporal tagger over a compiled :class:`Resources`."""

    def __init__(self, resources: Resources):
        self.res = resources
        self.templates = {}
        for rule in resources.rules:
            self.templates[(rule.order, "value")] = _parse_template(rule.value)
            for key in ("mod", "quant", "freq"):
                if key in rule.options:
                    self.templates[(rule.order, key)] = _parse_template(rule.options[key])
        self.tense_words = dict(resources.tables["tense"].entries) if "tense" in resources.tables \
            else {}
        self.vetos = {r.name: re.compile(resources.macros[r.options["veto"]].regex)
                      for r in resources.rules if "veto" in r.options}
        mods = resources.tables["modifier"]
        self.mod_table = mods
        self.timeline_words = TimelineWords.from_table(resources.tables.get("timeline"))
        self.mod_regex = re.compile(rf"(?:^|(?<=\W))({mods.regex()[3:-1]})\s+$", re.IGNORECASE)
        self._trigger_cache: dict[str, frozenset[int] | None] = {}  # _trigger_rules per word
        # (speed) the lower-cased strings one of which every match of a rule contains: a region
        # without any of them cannot hold a match, and a substring test is far cheaper than the
        # rule's regex ("Uhr" for clock times, the month names for dates)
        self.required: dict[int, tuple[str, ...]] = {}
        needle_chars: set[str] = set()
        for rule in resources.rules:
            req = _required_strings(_sre_parse.parse(rule.regex.pattern, rule.regex.flags))
            if req:
                self.required[rule.order] = tuple(sorted({r.lower() for r in req}))
                needle_chars.update(c for r in req for c in r + r.lower())
        unfolded = _unfolded_chars(frozenset(needle_chars))
        self.unfolded = re.compile(f"[{re.escape(unfolded)}]") if unfolded else None

    # --- finding candidates -------------------------------------------------------------------
    def _trigger_rules(self, low: str) -> frozenset[int] | None:
        """The rules a token may take part in, or None if it triggers nothing."""
        res = self.res
        if not low:
            return None
        if low[0].isdigit():
            return res.digit_rules
        found = None
        bucket = res.trigger_prefixes.get(low[:3])
        if bucket and low.startswith(bucket):
            found = frozenset().union(*(res.rules_by_prefix[p] for p in bucket
                                        if low.startswith(p)))
        if len(low) > 6 and any(part in low for part in res.trigger_infixes):
            found = res.rules_by_infix | found if found else res.rules_by_infix
        return found

    def regions(self, text: str) -> list[tuple[int, int, frozenset[int]]]:
        """Character ranges around trigger words, merged, with the rules to try there."""
        out: list[list] = []
        before, after = _WINDOW
        trigger_rules = self._trigger_rules
        # (cached per word form: the test ran for every word of every text)
        cache = self._trigger_cache
        for m in _WORD.finditer(text):
            low = m.group().lower()
            rules = cache.get(low, _UNSEEN)
            if rules is _UNSEEN:
                rules = trigger_rules(low)
                if len(cache) < 200_000:  # (bounded)
                    cache[low] = rules
            if rules:
                lo, hi = max(0, m.start() - before), m.end() + after
                if out and lo <= out[-1][1]:
                    out[-1][1] = max(out[-1][1], hi)
                    out[-1][2] |= rules
                else:
                    out.append([lo, hi, set(rules)])
        always = self.res.always_rules
        regions = []
        for lo, hi, rules in out:
            # end a region at a space: a match must not end inside a word it cannot see
            space = _SPACE.search(text, hi)
            regions.append((lo, space.start() if space else len(text), frozenset(rules | always)))
        return regions

    def candidates(self, text: str) -> list[tuple[int, int, Rule, re.Match]]:
        """Every match of the triggered rules inside the trigger regions."""
        rules = self.res.rules
        found = []
        # the pre-test lower-cases the text: not sound with characters that case-blind regexes
        # fold differently ("ſ"), so such a text runs every rule
        required = {} if self.unfolded is not None and self.unfolded.search(text) else self.required
        for start, end, rule_ids in self.regions(text):
            low = None
            for rid in sorted(rule_ids):
                needles = required.get(rid)
                if needles:
                    if low is None:
                        low = text[start:end].lower()
                    if not any(needle in low for needle in needles):
                        continue  # no match can lie in the region
                rule = rules[rid]
                # pos/endpos, not a slice: look-behinds see the text before the region
                for m in rule.regex.finditer(text, start, end):
                    if m.end() > m.start():
                        s, e = m.start(), m.end()
                        veto = self.vetos.get(rule.name)
                        if veto and veto.search(f"{text[max(0, s - 20):s]}§{text[e:e + 30]}"):
                            continue
                        found.append((s, e, rule, m))
        return found

    @staticmethod
    def select(cands):
        """Non-overlapping matches: longest first, then the earlier rule."""
        cands = sorted(cands, key=lambda c: (c[0] - c[1], c[2].order, c[0]))
        taken: list[tuple[int, int]] = []
        chosen = []
        for c in cands:
            if any(c[0] < e and s < c[1] for s, e in taken):
                continue
            taken.append((c[0], c[1]))
            chosen.append(c)
        chosen.sort(key=lambda c: c[0])
        return chosen

    # --- context ------------------------------------------------------------------------------
    def mode_for(self, doc: Doc, mode: str, text: str | None = None) -> str:
        """Resolve ``auto``: no article date or many absolute years -> narrative, else news.
        ``text`` is ``doc.text`` when the caller has it (spaCy joins the tokens on every access)."""
        if mode in ("news", "narrative"):
            return mode
        if not doc._.dct:
            return "narrative"
        if text is None:
            text = doc.text
        years = [int(y) for y in _YEAR_WORD.findall(text)]
        # years before Christ are always far from any article date
        years += [-1] * len(_BC_YEAR_WORD.findall(text))
        if len(years) < NARRATIVE_MIN_YEARS:
            return "news"
        if len(years) / max(1, len(doc)) >= NARRATIVE_YEAR_DENSITY:
            return "narrative"
        # a history fed with today's date: fewer years per word, but nearly all of them far from
        # the article's own year (WikiWarsDE pages dated 2011 tell of 1914-18)
        dct = RefDate.parse(doc._.dct)
        far = sum(1 for y in years if dct is not None and abs(y - dct.year) >= NARRATIVE_FAR_YEARS)
        if len(years) / max(1, len(doc)) >= NARRATIVE_FAR_DENSITY and far >= NARRATIVE_FAR_SHARE * len(years):
            return "narrative"
        return "news"

    @staticmethod
    def sentence_starts(doc: Doc) -> list[int]:
        """Character offsets where sentences start (the sentencizer's, else a punctuation rule)."""
        if doc.has_annotation("SENT_START"):
            return [s.start_char for s in doc.sents]
        return [0] + [m.end() for m in _SENT_BREAK.finditer(doc.text)]

    def tense_cues(self, doc: Doc, text: str, sent_start: int, sent_end: int,
                   morph: bool = False) -> list[tuple[int, str]]:
        """The tense cues of a sentence as (offset, "past" | "future" | "present")."""
        cues: list[tuple[int, str]] = []
        prev = ""
        for m in _PLAIN_WORD.finditer(text, sent_start, sent_end):
            word = m.group()
            cue = self.tense_words.get(word.lower())
            if cue is None and _weak_preterite(word, prev):
                cue = "past"
            if cue:
                cues.append((m.start(), cue))
            prev = word
        if morph:
            cues.extend(_morph_cues(doc, sent_start, sent_end))
        return cues

    def tense_at(self, doc: Doc, text: str, sent_start: int, sent_end: int, pos: int,
                 morph: bool = False) -> str | None:
        """The tense cue ("past", "future", "present") nearest to ``pos`` in its sentence.

        Cues: the verb forms of the tense table, a weak preterite after a noun ("der Minister
        kündigte"), and, when a morphology component ran before, every finite verb.
        """
        cues = self.tense_cues(doc, text, sent_start, sent_end, morph)
        if not cues:
            return None
        return min(cues, key=lambda c: abs(c[0] - pos))[1]

    def _tense_of(self, doc: Doc, text: str, starts: list[int], pos: int, morph: bool) -> str | None:
        """The tense cue nearest to ``pos`` in its sentence (see :meth:`tense_at`)."""
        k = bisect.bisect_right(starts, pos) - 1
        sent_start = starts[k] if k >= 0 else 0
        sent_end = starts[k + 1] if k + 1 < len(starts) else len(text)
        return self.tense_at(doc, text, sent_start, sent_end, pos, morph)

    # --- values -------------------------------------------------------------------------------
    def _groups(self, rule: Rule, m: re.Match) -> dict[str, str | None]:
        out = {}
        tables = self.res.tables
        for name, kind in rule.groups.items():
            raw = m.group(name)
            if raw is None:
                out[name] = None
            elif kind == "int":
                out[name] = str(int(raw))
            elif kind in tables:
                out[name] = tables[kind].normalise(raw.rstrip(".") if raw.endswith(".") and
                                                   raw.lower() not in tables[kind].entries
                                                   else raw)
            else:
                out[name] = raw
        return out

    def _render(self, parts, groups: dict, ctx: Context) -> str:
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
                continue
            for kind, name, args in part:
                try:
                    if kind == "group":
                        val = groups.get(name)
                        if val is None:
                            raise Unresolvable(name)
                    else:
                        vals = []
                        for a in args:
                            neg = a.startswith("-") and a[1:] in groups
                            key = a[1:] if neg else a
                            if key in groups:
                                v = groups[key]
                                if v is not None and neg:
                                    v = v[1:] if v.startswith("-") else "-" + v
                                vals.append(v)
                            else:
                                vals.append(a)
                        if name not in ("dur", "time", "pod") and any(v is None for v in vals):
                            raise Unresolvable(name)
                        val = FUNCTIONS[name](ctx, *vals)
                    out.append(val)
                    break
                except Unresolvable:
                    continue
            else:
                raise Unresolvable(str(part))
        return "".join(out)

    def tag(self, doc: Doc, mode: str = "auto") -> list[Timex]:
        """Return the normalised temporal expressions of ``doc`` in text order."""
        text = doc.text
        mode = self.mode_for(doc, mode, text)
        # rules for one mode only ("in zehn Tagen" is a date in news, a duration in histories)
        # leave the field to the others before the longest match is chosen
        cands = [c for c in self.candidates(text) if c[2].options.get("mode", mode) == mode]
        if not cands:
            return []
        dct = RefDate.parse(doc._.dct)
        starts = self.sentence_starts(doc)
        has_morph = doc.has_annotation("MORPH")
        # ... and so do rules that do not hold in a sentence of some tense ("in 16 Jahren" is a
        # date ahead in "soll in fünf Jahren fertig sein", a span of time in "lernte in 16 Jahren")
        chosen = self.select([c for c in cands if "not_tense" not in c[2].options
                              or self._tense_of(doc, text, starts, c[0], has_morph)
                              != c[2].options["not_tense"]])
        last: RefDate | None = None
        last_pos = 0  # where the story moved to ``last`` (a bare year holds for its paragraph)
        # the latest absolute date named in the current sentence, even one that did not move the
        # story: "sanken Anfang 1984 die Exporte, um Mitte des Jahres …" means 1984
        said: tuple[int, RefDate] | None = None
        ahead: RefDate | None = None  # a next year named since the story's day, see below
        out: list[Timex] = []
        prev_end = 0
        opened_range: int | None = None  # end of a date that opens a range ("zwischen dem 22.")
        range_years = _range_years(text, chosen)
        for i, (start, end, rule, m) in enumerate(chosen):
            span = doc.char_span(start, end, alignment_mode="expand")
            # two matches inside one token ("1912/13") cannot both become spans: keep the first
            if span is None or span.start_char < prev_end:
                continue
            k = bisect.bisect_right(starts, span.start_char) - 1
            sent_start = starts[k] if k >= 0 else 0
            sent_end = starts[k + 1] if k + 1 < len(starts) else len(text)
            tense = self.tense_at(doc, text, sent_start, sent_end, span.start_char,
                                 has_morph)
            to_said = rule.anaphoric or rule.options.get("ref") == "mention"
            here = said[1] if said is not None and said[0] == sent_start and to_said else last
            ctx = Context(mode, dct, here, tense, rule.anaphoric)
            ctx.ahead = ahead.year if ahead is not None and here is last else None
            if mode == "news" and dct is not None and here is not None \
                    and (tense == "past" and _after(here, dct)
                         or tense in ("future", "present") and _after(dct, here)
                         and all(c != "past" for _, c in self.tense_cues(doc, text, sent_start, sent_end,
                                                                         has_morph))):
                # nothing told in the past happens in a year still to come ("Die WM 2011 …
                # Im Laufe des Jahres waren vier Länder ausgeschieden", written in 2007), and
                # nothing announced in one gone by ("Der Abschluss für 2004 wird im April
                # veröffentlicht", written in March 2005; a sentence with any past cue, such as
                # "mussten im Mai abgebrochen werden", is no announcement)
                ctx.last = None
            elif mode == "news" and dct is not None and here is not None \
                    and _away_from(here, dct) and not _DEICTIC.search(text, span.start_char, span.end_char) \
                    and (here.month is not None or tense not in ("future", "present")
                         or text.rfind("\n", 0, span.start_char) < last_pos):
                # the story tells of another time: "am 15. September" after "Im Juni 1950"; a
                # bare year holds for its paragraph, and beyond it for what is told in the past
                # ("Die Werft wurde 1952 gegründet. ¶ Im März lief das erste Schiff vom Stapel"),
                # not for what is announced ("Am 7. Mai soll die Hauptversammlung stattfinden")
                ctx.narrative = here
            if i in range_years and not rule.anaphoric:
                # "von Mai bis November 1915", "zwischen Juli und Oktober 1789": the first
                # member of a range takes the year its partner names
                ctx.last = ctx.narrative = range_years[i]
            groups = self._groups(rule, m)
            try:
                value = self._render(self.templates[(rule.order, "value")], groups, ctx)
                attrs = {}
                for key in ("mod", "quant", "freq"):
                    if (rule.order, key) in self.templates:
                        attrs[key] = self._render(self.templates[(rule.order, key)], groups, ctx)
            except (Unresolvable, ValueError, KeyError):
                continue
            typ = rule.type
            if typ == "DATE" and "T" in value and not value.endswith("_REF"):
                typ = "TIME"
            start, end = span.start_char, span.end_char
            # a qualifying word just before belongs to the expression ("mehr als drei Wochen")
            if typ != "SET":
                mm = self.mod_regex.search(text, max(prev_end, start - 25), start)
                if mm:
                    mod = self.mod_table.normalise(mm.group(1))
                    if mod == "NONE":
                        start = mm.start(1)
                    elif typ != "DATE" or mod in _DATE_MODS:
                        start = mm.start(1)
                        attrs.setdefault("mod", mod)
            anchor = ctx.used
            out.append(Timex(start, end, typ, value, anchor, attrs.get("mod") or None,
                             attrs.get("quant") or None, attrs.get("freq") or None, rule.name))
            # "zwischen dem 22. und 25. August", "vom 3. bis 7. Mai": a closed range, after which
            # the story stands at its end ("am nächsten Morgen" is the 26th)
            closes_range = opened_range is not None and start - opened_range <= 16 \
                and _RANGE_CLOSE.fullmatch(text, opened_range, start) is not None
            opened_range = end if _RANGE_OPEN.search(text, max(0, start - 16), start) else None
            prev_end = end
            # a date in parentheses is an aside ("die Balkankriege (1912/13)"): the story's
            # timeline, which anaphoric expressions follow, does not move to it
            if typ in ("DATE", "TIME") and not _in_parentheses(text, start, end):
                ref = RefDate.parse(value)
                if ref is not None and anchor is None:
                    said = (sent_start, ref)
                # the speaker's "heute" inside a quotation („… werden uns noch heute …“) is
                # the quoted moment, not a return of the story to the article's present
                quoted_deixis = anchor == "dct" and _in_quotation(text, start)
                if ref is not None and not quoted_deixis and (
                        (closes_range and ref.day is not None and last is not None
                         and abs(ref.year - last.year) < _JUMP_YEARS)
                        or _moves_timeline(ref, last, text, start, end, text[sent_start:start].split(),
                                           anchor is not None, self.timeline_words)):
                    last, last_pos = ref, start
                    ahead = None
                elif ref is not None and anchor is None and last is not None and last.day is not None \
                        and ref.month is None and ref.year == last.year + 1:
                    # the story stays at its day, but the text has glanced at the next year:
                    # a month before the day's month now means that year ("Dieses kam im
                    # Frühjahr 1776" after "am 17. Juni 1775": "Am 4. März" is 1776)
                    ahead = ref
        return out



# Between the members of a range or list of dates: "Mai bis November 1915", "Juli und Oktober",
# "24.–26. Juni", "Juni, Juli und August 1944".
_RANGE_JOIN = re.compile(r"\s*(?:,|–|-|/|(?:,\s*)?(?:bis|und|oder)(?:\s+(?:zum|zur|Ende|Anfang|Mitte))?)\s*$",
                         re.IGNORECASE)
_OWN_YEAR = re.compile(r"\b[0-9]{3,4}\b|v\.\s?Chr\.")
# the year a range member names, with its era ("1915", "216 v. Chr.")
_YEAR_IN = re.compile(r"\b([0-9]{3,4})\b(\s?v\.\s?Chr\.)?")


def _range_years(text: str, chosen: list) -> dict[int, RefDate]:
    """The year each yearless member of a range or list takes from the dated member after it.

    ``chosen`` are the selected matches in text order; the result maps an index to the year
    (as a :class:`RefDate`) named by the next member ("von Mai bis November 1915" -> Mai: 1915).
    """
    out: dict[int, RefDate] = {}
    for i in range(len(chosen) - 2, -1, -1):
        _, end, _, m = chosen[i]
        nstart, _, _, nm = chosen[i + 1]
        if nstart - end > 16 or not _RANGE_JOIN.fullmatch(text, end, nstart) \
                or _OWN_YEAR.search(m.group()):
            continue
        year = _YEAR_IN.search(nm.group())
        if year:
            value = int(year.group(1)) * (-1 if year.group(2) else 1)
            out[i] = RefDate(value)
        elif i + 1 in out:
            out[i] = out[i + 1]
    return out


def _after(ref: RefDate, dct: RefDate) -> bool:
    """True if ``ref`` lies in a later year, or a later month of the same year, than ``dct``."""
    if ref.year != dct.year or ref.month is None or dct.month is None:
        return ref.year > dct.year
    return ref.month > dct.month


def _away_from(ref: RefDate, dct: RefDate) -> bool:
    """True if ``ref`` lies NARRATIVE_AWAY_MONTHS or more from the article date ``dct``."""
    if ref.month is None or dct.month is None:
        return ref.year != dct.year
    return abs((ref.year * 12 + ref.month) - (dct.year * 12 + dct.month)) >= NARRATIVE_AWAY_MONTHS


_QUOTE_MARKS = re.compile(r"[„“”»«\"]")


def _in_quotation(text: str, pos: int) -> bool:
    """True if ``pos`` lies inside a quotation opened earlier in its paragraph („…“, »…«, "…")."""
    para = text.rfind("\n\n", 0, pos) + 1
    opened = False
    for m in _QUOTE_MARKS.finditer(text, para, pos):
        mark = m.group()
        if mark in "„»":
            opened = True
        elif mark in "“”«":
            # "“" closes a „-quotation; it opens one only in the English style, not used here
            opened = False
        else:  # a straight quote toggles
            opened = not opened
    return opened


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` sits inside a pair of round brackets on the same line."""
    left = text.rfind("(", max(0, start - 200), start)
    if left < 0 or text.rfind(")", left, start) >= 0 or "\n" in text[left:start]:
        return False
    right = text.find(")", end, end + 200)
    return right >= 0 and "\n" not in text[end:right]


_RANGE_OPEN = re.compile(r"\b(?:zwischen|vom|von)(?:\s+(?:dem|den))?\s+$", re.IGNORECASE)
_RANGE_CLOSE = re.compile(r"\s*(?:und|bis|–|-)(?:\s+(?:zum|dem|den))?\s*", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(?:\b(?:bis|seit|zwischen|und|oder|von)(?:\s+(?:zum|zur|dem|den|Ende|Anfang|Mitte))?\s+|(?<=[0-9.])/\s*)$",
                           re.IGNORECASE)
_OF_BEFORE = re.compile(r"\bvom\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:bis|–|-)")
_FROM_BEFORE = re.compile(r"\bab\s+$", re.IGNORECASE)
# A date this many years or more away from the current reference is a look back (or ahead)
# unless it opens its sentence ("Am 7. Juni 1981 ...", a new section's first date): only these
# words may stand before it ("Dessen Wiederaufnahme Anfang 1917 war ..." is an aside).
# The words are the "opening" kind of normalization/timeline.tsv.
_JUMP_YEARS = 2


def _moves_timeline(ref: RefDate, last: RefDate | None, text: str, start: int, end: int,
                    words_before: list[str], derived: bool = False,
                    words: TimelineWords | None = None) -> bool:
    """Should an absolute date become the reference for what follows?

    Not when it dates a thing ("das Ultimatum vom 23. Juli 1914", "der Kriegsrat vom 8. Dezember
    1912"): that is an attribute, not a step of the story.
    Not when it ends or brackets a range ("bis 1915", "seit 1916", "zwischen 1891 und 1905"):
    the story stays where it was. Not when it jumps years away in mid-sentence ("wie schon
    1870/71", "die Deklaration von 1856", "dessen Wiederaufnahme Anfang 1917"): a look back or
    ahead, not a move of the story; a full date with its day and year ("am 14. Oktober 1915")
    is the exception: it is precise enough to be the story's new position.
    ``words`` are the word lists of normalization/timeline.tsv (the packaged ones if None).
    """
    words = words or _default_timeline_words()
    opening = all(w.lower().strip(",") in words.opening for w in words_before) \
        or _in_heading(text, start)
    # "Bis zum März 1776 hatte er 14.000 Mann." opens its sentence: the story has arrived there
    opens_with_bis = bool(words_before) and words_before[0].lower() == "bis" \
        and all(w.lower() in words.opening for w in words_before[1:])
    if _RANGE_BEFORE.search(text, max(0, start - 20), start) and not opens_with_bis:
        return False
    if _OF_BEFORE.search(text, max(0, start - 8), start) and not _RANGE_AFTER.match(text, end):
        return False
    if any(w.lower().strip(",;:(") in words.aside for w in words_before[-3:]):
        # "wie schon im September 1939", "geboren 1890 in Posen": a glance away from the story
        return False
    jump = last is not None and abs(ref.year - last.year) >= _JUMP_YEARS
    if jump and _FROM_BEFORE.search(text, max(0, start - 12), start):
        return False
    if jump and not opening and ref.day is None:
        return False
    if last is not None and last.day is not None and ref.month is None and ref.year != last.year \
            and not opening:
        # the story is at a day; a bare year or season of another year in mid-sentence ("Hier
        # folgte im Frühjahr 1919 die Räterepublik" after "am 29. Oktober 1918") glances ahead
        # or back, and the next "am 9. November" continues from the day
        return False
    if last is not None and ref.year != last.year and ref.day is None and not opening \
            and _after_noun(words_before, words.gap, words.function):
        # a year that qualifies a noun ("mehr als vor Verdun 1916", "der Kriegseintritt
        # Frankreichs 1778") names that thing's time; the story stays in its own year
        return False
    if derived and not opening and ref.month is None:
        # a year counted from the story's time in mid-sentence ("da das Fort ein Jahr früher
        # explodiert war", "der im vorigen Jahr verlorenen Gebiete") looks back or ahead; the
        # story stays ("Ein Jahr später griff er an" opens its sentence and moves it)
        return False
    return True


@dataclass(frozen=True)
class TimelineWords:
    """The word lists of normalization/timeline.tsv, by kind."""

    opening: frozenset[str]
    gap: frozenset[str]
    aside: frozenset[str] = frozenset()
    function: frozenset[str] = frozenset()

    @classmethod
    def from_table(cls, table) -> TimelineWords:
        """Split a ``word -> "kind,kind"`` table into its kinds."""
        kinds = {w: set(v.split(",")) for w, v in (table.entries.items() if table else ())}
        return cls(frozenset(w for w, k in kinds.items() if "opening" in k),
                   frozenset(w for w, k in kinds.items() if "gap" in k),
                   frozenset(w for w, k in kinds.items() if "aside" in k),
                   frozenset(w for w, k in kinds.items() if "function" in k))


def _default_timeline_words() -> TimelineWords:
    from .resources import default_resources
    return TimelineWords.from_table(default_resources().tables.get("timeline"))


_HEADING_WORDS = 8


def _in_heading(text: str, pos: int) -> bool:
    """True if ``pos`` lies in a heading: a short line of its own without a full stop
    ("Kriegsjahr 1915", "Invasion Kanadas 1775/76"), which opens a section."""
    left = text.rfind("\n", 0, pos) + 1
    right = text.find("\n", pos)
    line = text[left:right if right >= 0 else len(text)].strip()
    # only the heading's first date opens the section ("Savannah, 29. Dezember 1778/16. September
    # bis 10. Oktober 1779": the story starts at the first)
    first = not any(c.isdigit() for c in text[left:pos])
    return first and 0 < len(line.split()) <= _HEADING_WORDS \
        and not line.endswith((".", "!", "?", ":", ",", ";"))


def _after_noun(words_before: list[str], gap: frozenset[str], function: frozenset[str]) -> bool:
    """True if the word before a date (past the ``gap`` words: "Anfang", "erst" …) is a noun or
    name inside the sentence, not the sentence's first word."""
    words = [w.strip(",;:„“\"'()") for w in words_before]
    k = len(words) - 1
    # "der Beschluss Anfang 1919", "die Wahl erst 1920"; a preposition ("im Oktober 1919")
    # makes the date an adverbial of the clause instead
    while k >= 0 and words[k].lower() in gap:
        k -= 1
    if k < 1 or not words[k][:1].isupper():
        return False
    # a bare name right after the verb is the subject, the year its clause's time ("Dann
    # überquerte Hannibal 218 v. Chr. die Alpen"); after an article or preposition the noun
    # heads a phrase that the year qualifies ("vor Verdun 1916", "bei der Somme 1916")
    before = words[k - 1]
    return not (before.islower() and before not in function)


_NOT_VERB_BEFORE = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "am", "im", "vom", "zum", "zur", "beim", "ins", "ans", "mit", "für", "von", "auf", "in", "an",
})
_NOT_VERB = frozenset({"heute", "erste", "letzte", "nächste", "beste", "meiste", "weitere",
                       "späte", "halbe", "gute", "alte", "rechte", "mitte"})


def _weak_preterite(word: str, prev: str) -> bool:
    """A lower-case "-te" form right after a noun or name: "Der Minister kündigte ..."."""
    return (len(word) >= 5 and word.endswith("te") and word.islower()
            and prev[:1].isupper() and prev.lower() not in _NOT_VERB_BEFORE
            and word not in _NOT_VERB)


_MODALS_AHEAD = frozenset({"werden", "sollen", "wollen"})


# a morphological analysis (by the hash of its feature string, a function of the string alone) ->
# (participle, finite, past, present): parsing the analysis of every token of a sentence twice was
# a seventh of lb_timex' time, and news text has few distinct analyses
_VERB_FEATURES: dict[int, tuple[bool, bool, bool, bool]] = {}


def _verb_features(morph) -> tuple[bool, bool, bool, bool]:
    """(VerbForm has Part, VerbForm has Fin, Tense has Past, Tense has Pres) of a token's
    ``MorphAnalysis``, kept per analysis."""
    hit = _VERB_FEATURES.get(morph.key)
    if hit is None:
        form, tense = morph.get("VerbForm"), morph.get("Tense")
        hit = ("Part" in form, "Fin" in form, "Past" in tense, "Pres" in tense)
        if len(_VERB_FEATURES) < 100_000:  # (bounded: one entry per distinct analysis)
            _VERB_FEATURES[morph.key] = hit
    return hit


def _morph_cues(doc: Doc, sent_start: int, sent_end: int) -> list[tuple[int, str]]:
    """Tense cues from finite verbs tagged by a morphology component (``Tense``, lemma)."""
    span = doc.char_span(sent_start, sent_end, alignment_mode="expand")
    if span is None:
        return []
    features = [_verb_features(t.morph) for t in span]
    has_participle = any(f[0] for f in features)
    out = []
    for tok, (_, finite, past, present) in zip(span, features):
        if not finite:
            continue
        lemma = tok.lemma_.lower()
        if past:
            out.append((tok.idx, "past"))
        elif present:
            if lemma in ("haben", "sein") and has_participle:
                out.append((tok.idx, "past"))
            elif lemma in _MODALS_AHEAD:
                out.append((tok.idx, "future"))
            else:
                out.append((tok.idx, "present"))
    return out
