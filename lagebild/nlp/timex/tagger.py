"""Find temporal expressions in a ``Doc`` and normalise them (the work behind ``lb_timex``).

Speed: the tokens are scanned once against a set of word beginnings taken from the resources
(month and unit names, "gestern", digits ...). Only short windows of text around those trigger
tokens are matched against the compiled rules, so a sentence without a trigger costs one
dictionary lookup per token. Overlapping matches are resolved longest first, then by rule order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .resources import Resources, Rule
from .values import FUNCTIONS, Context, RefDate, Unresolvable

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_CALL = re.compile(r"^([a-z0-9_]+)\((.*)\)$")
_YEAR_TOKEN = re.compile(r"^(?:1[0-9]|20)[0-9]{2}$")
_SENT_END = frozenset({".", "!", "?", "…"})
# Window around a trigger token in which the rules are matched (tokens before, after).
_WINDOW = (3, 7)
# Modifiers allowed before each type ("etwa 1945", "mehr als drei Wochen", "knapp 9 Uhr").
_DATE_MODS = frozenset({"APPROX"})
# Auto mode treats a dated document as a history when absolute years are this dense.
NARRATIVE_MIN_YEARS = 8
NARRATIVE_YEAR_DENSITY = 0.015


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
            self.templates[(rule.name, "value")] = _parse_template(rule.value)
            for key in ("mod", "quant", "freq"):
                if key in rule.options:
                    self.templates[(rule.name, key)] = _parse_template(rule.options[key])
        self.tense_words = dict(resources.tables["tense"].entries) if "tense" in resources.tables \
            else {}
        mods = resources.tables["modifier"]
        self.mod_table = mods
        self.mod_regex = re.compile(rf"(?:^|(?<=\W))({mods.regex()[3:-1]})\s+$", re.IGNORECASE)

    # --- finding candidates -------------------------------------------------------------------
    def _is_trigger(self, low: str) -> bool:
        if not low:
            return False
        if low[0].isdigit():
            return True
        bucket = self.res.trigger_prefixes.get(low[:3])
        return bool(bucket) and low.startswith(bucket)

    def regions(self, doc: Doc) -> list[tuple[int, int]]:
        """Character ranges around trigger tokens, merged, in document order."""
        n = len(doc)
        out: list[list[int]] = []
        before, after = _WINDOW
        for tok in doc:
            if self._is_trigger(tok.lower_):
                i = tok.i
                lo, hi = max(0, i - before), min(n, i + after)
                if out and lo <= out[-1][1]:
                    out[-1][1] = max(out[-1][1], hi)
                else:
                    out.append([lo, hi])
        return [(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)) for lo, hi in out]

    def candidates(self, doc: Doc) -> list[tuple[int, int, Rule, re.Match]]:
        """Every rule match inside the trigger regions."""
        text = doc.text
        found = []
        for start, end in self.regions(doc):
            chunk = text[start:end]
            for rule in self.res.rules:
                for m in rule.regex.finditer(chunk):
                    if m.end() > m.start():
                        found.append((start + m.start(), start + m.end(), rule, m))
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
    def mode_for(self, doc: Doc, mode: str) -> str:
        """Resolve ``auto``: no article date or many absolute years -> narrative, else news."""
        if mode in ("news", "narrative"):
            return mode
        if not doc._.dct:
            return "narrative"
        years = sum(1 for t in doc if t.is_digit and _YEAR_TOKEN.match(t.text))
        if years >= NARRATIVE_MIN_YEARS and years / max(1, len(doc)) >= NARRATIVE_YEAR_DENSITY:
            return "narrative"
        return "news"

    def sentence_tense(self, doc: Doc) -> list[str | None]:
        """For each token, the tense cue nearest to it within its sentence (or None)."""
        n = len(doc)
        tense: list[str | None] = [None] * n
        if self.tense_words:
            sent_bounds = self._sentences(doc)
            words = self.tense_words
            for s, e in sent_bounds:
                cues = [(i, words[doc[i].lower_]) for i in range(s, e) if doc[i].lower_ in words]
                if not cues:
                    continue
                for i in range(s, e):
                    tense[i] = min(cues, key=lambda c: abs(c[0] - i))[1]
        return tense

    @staticmethod
    def _sentences(doc: Doc) -> list[tuple[int, int]]:
        if doc.has_annotation("SENT_START"):
            return [(s.start, s.end) for s in doc.sents]
        out, start = [], 0
        for tok in doc:
            if tok.text in _SENT_END or "\n\n" in tok.text:
                out.append((start, tok.i + 1))
                start = tok.i + 1
        if start < len(doc):
            out.append((start, len(doc)))
        return out

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
        chosen = self.select(self.candidates(doc))
        if not chosen:
            return []
        mode = self.mode_for(doc, mode)
        dct = RefDate.parse(doc._.dct)
        tense = self.sentence_tense(doc)
        text = doc.text
        last: RefDate | None = None
        out: list[Timex] = []
        prev_end = 0
        for start, end, rule, m in chosen:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            ctx = Context(mode, dct, last, tense[span.start], rule.anaphoric)
            groups = self._groups(rule, m)
            try:
                value = self._render(self.templates[(rule.name, "value")], groups, ctx)
                attrs = {}
                for key in ("mod", "quant", "freq"):
                    if (rule.name, key) in self.templates:
                        attrs[key] = self._render(self.templates[(rule.name, key)], groups, ctx)
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
                    if typ != "DATE" or mod in _DATE_MODS:
                        start = mm.start(1)
                        attrs.setdefault("mod", mod)
            anchor = ctx.used
            out.append(Timex(start, end, typ, value, anchor, attrs.get("mod") or None,
                             attrs.get("quant") or None, attrs.get("freq") or None, rule.name))
            prev_end = end
            if typ in ("DATE", "TIME"):
                ref = RefDate.parse(value)
                if ref is not None:
                    last = ref
        return out

