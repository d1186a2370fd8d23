"""Load the German timex resources: tables, pattern building blocks and rules.

The resources live in ``lagebild/resources/de/timex/`` as data files (see the ``# FORMAT:``
header of each). Every table, building block and rule becomes one frozen record; the loader is
cached, so the files are read and the patterns compiled once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

RESOURCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "de" / "timex"
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
_MACRO = re.compile(r"%\{([A-Za-z_]+)(?::([A-Za-z_0-9]+))?\}")
_RAW_GROUP = re.compile(r"\(\?P<([A-Za-z_][A-Za-z_0-9]*)>")
_LITERAL = re.compile(r"(?<![\\?])(?<!\(\?P<)[A-Za-zÄÖÜäöüß]{4,}")


class ResourceError(ValueError):
    """A resource file is malformed (the message names file and line)."""


@dataclass(frozen=True)
class Example:
    """One ``# EXAMPLE:`` line: a text, its article date (or None) and a value it must yield."""

    text: str
    dct: str | None
    value: str
    source: str


@dataclass(frozen=True)
class Table:
    """A normalisation table: word (lower case) -> normalised value, with optional endings."""

    name: str
    entries: dict[str, str]
    endings: tuple[str, ...] = ()
    trigger: str = "yes"  # "yes": a word starts an expression; "no"; "inside": within a word

    def regex(self) -> str:
        """Return an alternation matching every word (longest first) with its endings."""
        words = sorted(self.entries, key=len, reverse=True)
        alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        if self.endings:
            ends = "|".join(sorted(self.endings, key=len, reverse=True))
            return f"(?:{alt})(?:{ends})?"
        return f"(?:{alt})"

    def normalise(self, text: str) -> str | None:
        """Return the value for ``text``: exact word, else the longest entry it starts with."""
        key = " ".join(text.lower().split())
        if key in self.entries:
            return self.entries[key]
        if key.isdigit():
            return str(int(key))
        for word in sorted(self.entries, key=len, reverse=True):
            if key.startswith(word):
                return self.entries[word]
        return None


@dataclass(frozen=True)
class Macro:
    """A named regular-expression building block and how its match is normalised."""

    name: str
    regex: str
    kind: str  # "int", "text" or a table name


@dataclass(frozen=True)
class Rule:
    """One extraction and normalisation rule."""

    name: str
    type: str
    source: str  # the pattern as written in the file
    regex: re.Pattern
    value: str
    groups: dict[str, str]  # group name -> normaliser kind ("int", "text" or a table name)
    options: dict[str, str] = field(default_factory=dict)
    order: int = 0
    file: str = ""

    @property
    def anaphoric(self) -> bool:
        """True if the rule resolves against the last date in the text, not the article date."""
        return self.options.get("ref") == "text"


@dataclass(frozen=True)
class Resources:
    """Everything the tagger needs, loaded from one resource directory."""

    tables: dict[str, Table]
    macros: dict[str, Macro]
    rules: tuple[Rule, ...]
    examples: tuple[Example, ...]
    trigger_prefixes: dict[str, tuple[str, ...]]  # first three letters -> word prefixes
    trigger_infixes: tuple[str, ...]               # word parts that make a token a trigger
    rules_by_prefix: dict[str, frozenset[int]]     # trigger prefix -> rules that may need it
    rules_by_infix: frozenset[int]                 # rules for tokens with a trigger infix
    digit_rules: frozenset[int]                    # rules whose matches may contain digits
    always_rules: frozenset[int]                   # rules without a known trigger: always run


def _data_lines(path: Path):
    """Yield ``(line number, fields)`` for data lines, skipping comments and blanks."""
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        yield no, line.rstrip("\n").split("\t")


def _header(path: Path, key: str) -> list[str]:
    """Return the values of ``# KEY:`` header lines."""
    prefix = f"# {key}:"
    return [line[len(prefix):].strip()
            for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(prefix)]


def _examples(path: Path) -> list[Example]:
    out = []
    for raw in _header(path, "EXAMPLE"):
        parts = [p.strip() for p in raw.split("|")]
        if len(parts) != 3:
            raise ResourceError(f"{path.name}: EXAMPLE needs 'text | DCT | value': {raw!r}")
        text, dct, value = parts
        out.append(Example(text, None if dct in ("-", "") else dct, value, path.name))
    return out


def _check_format(path: Path) -> None:
    if not _header(path, "FORMAT"):
        raise ResourceError(f"{path.name}: missing '# FORMAT:' header")


def _load_table(path: Path) -> Table:
    _check_format(path)
    entries = {}
    for no, fields in _data_lines(path):
        if len(fields) != 2:
            raise ResourceError(f"{path.name}:{no}: expected 'word<TAB>value'")
        entries[fields[0].strip().lower()] = fields[1].strip()
    endings = tuple(e for h in _header(path, "ENDINGS") for e in h.split())
    trigger = (_header(path, "TRIGGER") or ["yes"])[0].split()[0]
    return Table(path.stem, entries, endings, trigger)


def _expand(pattern: str, tables: dict[str, Table], macros: dict[str, Macro],
            groups: dict[str, str], where: str) -> str:
    """Replace ``%{NAME[:group]}`` by the block or table alternation, recording group kinds."""

    def repl(m: re.Match) -> str:
        name, group = m.group(1), m.group(2)
        if name in macros:
            body, kind = _expand(macros[name].regex, tables, macros, {}, where), macros[name].kind
        elif name in tables:
            body, kind = tables[name].regex(), name
        else:
            raise ResourceError(f"{where}: unknown building block %{{{name}}}")
        group = group or name.lower()
        if group == "_":
            return f"(?:{body})"
        if group in groups:
            raise ResourceError(f"{where}: group {group!r} used twice; name it %{{{name}:other}}")
        groups[group] = kind
        return f"(?P<{group}>{body})"

    return _MACRO.sub(repl, pattern)


def _parse_options(text: str, where: str) -> dict[str, str]:
    opts = {}
    for item in text.split():
        if "=" not in item:
            raise ResourceError(f"{where}: option {item!r} is not key=value")
        key, val = item.split("=", 1)
        opts[key] = val
    return opts


def _load_rules(path: Path, tables, macros, start: int) -> list[Rule]:
    _check_format(path)
    rules = []
    for no, fields in _data_lines(path):
        where = f"{path.name}:{no}"
        if len(fields) not in (4, 5):
            raise ResourceError(f"{where}: expected 4 or 5 tab-separated columns")
        name, typ, source, value = fields[:4]
        if typ not in TIMEX_TYPES:
            raise ResourceError(f"{where}: unknown type {typ!r}")
        groups: dict[str, str] = {}
        body = _expand(source, tables, macros, groups, where)
        for raw in _RAW_GROUP.findall(source):
            groups.setdefault(raw, raw if raw in tables else "text")
        try:
            regex = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)
        except re.error as exc:
            raise ResourceError(f"{where}: bad pattern: {exc}") from exc
        opts = _parse_options(fields[4] if len(fields) == 5 else "", where)
        rules.append(Rule(name, typ, source, regex, value, groups, opts, start + len(rules),
                          path.name))
    return rules


# Function words inside patterns that never make an expression alone; they would only widen
# the text the rules are tried on.
_LITERAL_STOP = frozenset({
    "anderen", "diese", "dieser", "dieses", "diesem", "nächsten", "folgenden", "darauffolgenden",
    "frühen", "späten", "einer", "eines", "einen", "einem", "zwischen", "während", "über",
    "gegen", "nach", "oder", "seit", "desselben", "derselben", "demselben", "selben", "gleichen",
    "jenes", "innerhalb", "binnen", "darauf", "danach", "später", "zuvor", "vorher", "davor",
    "früher", "hinweg", "lang", "kriegs", "wahl", "haushalts", "hoch", "hochs", "tief", "tiefs",
    "rekord", "datum", "diesem", "mehr", "viel", "alle", "eine", "ersten", "zeit",
})


def _rule_words(rule: Rule, tables: dict[str, Table]) -> tuple[set[str], bool, bool]:
    """Trigger words of a rule, whether its matches may hold digits, whether it uses infixes."""
    words: set[str] = set()
    infix = False
    src = rule.source
    for kind in rule.groups.values():
        table = tables.get(kind)
        if table is None:
            continue
        if table.trigger == "yes":
            words.update(_key_word(w) for w in table.entries)
        infix = infix or table.trigger == "inside"
    for name in _MACRO.findall(src):
        table = tables.get(name[0])
        if table is not None and table.trigger == "yes":
            words.update(_key_word(w) for w in table.entries)
    plain = _MACRO.sub(" ", _RAW_GROUP.sub("(", src))
    for m in _LITERAL.finditer(plain):
        # "Jahrhunderts?" must also trigger on "Jahrhundert"
        w = m.group(0)[:-1] if plain[m.end():m.end() + 1] == "?" else m.group(0)
        if w.lower() not in _LITERAL_STOP:
            words.add(w.lower())
    digits = "[0-9]" in rule.regex.pattern
    return {w for w in words if len(w) >= 3}, digits, infix


def _key_word(entry: str) -> str:
    """The word of a table entry a trigger test looks for: the longest ("vor kurzem" -> kurzem)."""
    return max(entry.split(), key=len).rstrip(".")


def _dispatch(tables: dict[str, Table], rules: list[Rule]):
    by_prefix: dict[str, set[int]] = {}
    by_infix, digit, always = set(), set(), set()
    for rule in rules:
        words, digits, infix = _rule_words(rule, tables)
        for w in words:
            by_prefix.setdefault(w, set()).add(rule.order)
        if digits:
            digit.add(rule.order)
        if infix:
            by_infix.add(rule.order)
        if not words and not digits and not infix:
            always.add(rule.order)
    buckets: dict[str, set[str]] = {}
    for w in by_prefix:
        buckets.setdefault(w[:3], set()).add(w)
    infixes = tuple(sorted({w for t in tables.values() if t.trigger == "inside"
                            for w in t.entries}))
    return ({k: tuple(sorted(v)) for k, v in buckets.items()}, infixes,
            {k: frozenset(v) for k, v in by_prefix.items()}, frozenset(by_infix),
            frozenset(digit), frozenset(always))


def load_resources(directory: Path = RESOURCE_DIR) -> Resources:
    """Read and compile every resource file under ``directory``."""
    tables = {p.stem: _load_table(p) for p in sorted((directory / "normalization").glob("*.tsv"))}
    pat_file = directory / "patterns.tsv"
    _check_format(pat_file)
    macros = {}
    for no, fields in _data_lines(pat_file):
        if len(fields) != 3:
            raise ResourceError(f"patterns.tsv:{no}: expected NAME<TAB>regex<TAB>kind")
        macros[fields[0]] = Macro(*fields)
    rules: list[Rule] = []
    examples: list[Example] = []
    for path in sorted((directory / "rules").glob("*.rules.tsv")):
        rules.extend(_load_rules(path, tables, macros, len(rules)))
    seen: set[str] = set()
    for rule in rules:
        if rule.name in seen:
            raise ResourceError(f"{rule.file}: rule name {rule.name!r} is used twice")
        seen.add(rule.name)
    for path in [*sorted((directory / "normalization").glob("*.tsv")), pat_file,
                 *sorted((directory / "rules").glob("*.rules.tsv"))]:
        examples.extend(_examples(path))
    return Resources(tables, macros, tuple(rules), tuple(examples), *_dispatch(tables, rules))


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """Return the packaged German resources, loaded once per process."""
    return load_resources()
