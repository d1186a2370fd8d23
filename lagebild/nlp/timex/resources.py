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
    return Table(path.stem, entries, endings)


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


def _trigger_prefixes(tables: dict[str, Table], rules: list[Rule]) -> dict[str, tuple[str, ...]]:
    """Word beginnings that may start a temporal expression, bucketed by their first letters."""
    words = set()
    for table in tables.values():
        words.update(w.split()[0].rstrip(".") for w in table.entries)
    for rule in rules:
        # literal words in a pattern ("Wochenende", "binnen"), outside group names
        words.update(w.lower() for w in _LITERAL.findall(_MACRO.sub(" ", _RAW_GROUP.sub("(", rule.source))))
    buckets: dict[str, set[str]] = {}
    for w in words:
        if len(w) >= 3:
            buckets.setdefault(w[:3], set()).add(w)
    return {k: tuple(sorted(v)) for k, v in buckets.items()}


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
    for path in [*sorted((directory / "normalization").glob("*.tsv")), pat_file,
                 *sorted((directory / "rules").glob("*.rules.tsv"))]:
        examples.extend(_examples(path))
    return Resources(tables, macros, tuple(rules), tuple(examples),
                     _trigger_prefixes(tables, rules))


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """Return the packaged German resources, loaded once per process."""
    return load_resources()
