"""Import TABARI/PETRARCH ``.actors`` dictionaries: names with date-bounded CAMEO codes.

The format (as used by the Phoenix dictionaries)::

    NICOLAS_MADURO            # an entry: words joined by "_", optionally "[CODE]" on the line
    +MADURO                   # a synonym of the entry above
        [VENGOV >060901]      # a code from 2006-09-01 on; "<yymmdd" until; "yymmdd-yymmdd" between
    UN_ [IGOUNO]              # code on the entry line itself

``#`` starts a comment. Dates are ``yymmdd`` (years up to :data:`PIVOT` are 20yy) or ``yyyymmdd``.
Lines that cannot be read are counted as problems with their line number, never fatal.
Imported rows have origin ``import``; an entry whose full name or a full-name synonym names a
curated person (``NICOLAS_MADURO``, ``VLADIMIR_PUTIN`` through the KB's aliases) attaches its
roles to that actor, others become ``imp:<slug>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from .loader import slug
from .lookup import ActorKB, default_kb
from .store import insert_rows

PIVOT = 30
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE6 = re.compile(r"^\d{6}$")
_DATE8 = re.compile(r"^\d{8}$")


@dataclass
class DictRole:
    """One ``[CODE dates]`` of an entry."""

    code: str
    start: str | None
    end: str | None


@dataclass
class DictEntry:
    """One actor entry: name, synonyms, roles, and the line it starts on."""

    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    roles: list[DictRole] = field(default_factory=list)


@dataclass
class ParseResult:
    """Entries read and problems met (``(line, reason)``)."""

    entries: list[DictEntry] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def parse_date(value: str) -> str:
    """``060901`` -> ``2006-09-01``; ``19970101`` -> ``1997-01-01``; ValueError otherwise."""
    if _DATE8.match(value):
        y, m, d = value[:4], value[4:6], value[6:]
    elif _DATE6.match(value):
        yy = int(value[:2])
        y = f"{2000 + yy if yy <= PIVOT else 1900 + yy}"
        m, d = value[2:4], value[4:]
    else:
        raise ValueError(f"bad date {value!r}")
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        raise ValueError(f"bad date {value!r}")
    return f"{y}-{m}-{d}"


def parse_code(text: str) -> DictRole:
    """Parse the inside of ``[...]``: ``VENGOV >060901``, ``IGOUNO 970101-061231``, ``AFG``."""
    parts = text.split()
    if not parts:
        raise ValueError("empty code")
    code, start, end = parts[0], None, None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = parse_date(span[1:])
        elif span.startswith("<"):
            end = parse_date(span[1:])
        elif "-" in span:
            a, b = span.split("-", 1)
            start, end = parse_date(a), parse_date(b)
        else:
            raise ValueError(f"bad date range {span!r}")
    return DictRole(code, start, end)


def _name(raw: str) -> str:
    words = [w for w in raw.strip().strip("_").split("_") if w]
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)


def parse_actors(text: str) -> ParseResult:
    """Parse a dictionary's text (see the module docstring)."""
    result = ParseResult()
    current: DictEntry | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        codes = _CODE.findall(stripped)
        head = _CODE.sub("", stripped).strip()
        if stripped.startswith("+"):
            if current is None:
                result.problems.append((n, "synonym before any entry"))
                continue
            current.aliases.append(_name(head[1:]))
        elif head and not stripped.startswith("["):
            if head.startswith("{") or head.startswith("<"):
                result.problems.append((n, "pattern syntax not supported"))
                current = None
                continue
            current = DictEntry(_name(head), n)
            result.entries.append(current)
        elif current is None:
            result.problems.append((n, "code before any entry"))
            continue
        for c in codes:
            try:
                current.roles.append(parse_code(c))
            except ValueError as exc:
                result.problems.append((n, str(exc)))
    return result


def _known_person(kb: ActorKB, entry: DictEntry, known: set[str]) -> str | None:
    """The id of the curated person an entry names by its full name or a full-name synonym
    (``VLADIMIR_PUTIN`` -> ``per:wladimir-putin`` through the KB's aliases), else None."""
    for name in [entry.name] + entry.aliases:
        if " " not in name:
            continue  # a bare surname is too weak to merge on
        persons = {e.actor_id for e in kb.candidates(name) if e.kind == "person"}
        if len(persons) == 1 and next(iter(persons)) in known:
            return next(iter(persons))
    return None


def import_actors(con: duckdb.DuckDBPyConnection, path: str | Path) -> dict:
    """Import one dictionary file into ``actors``/``actor_roles`` (origin ``import``); idempotent:
    re-importing the same file replaces the rows it wrote before. Returns counts and problems."""
    path = Path(path)
    parsed = parse_actors(path.read_text(encoding="utf-8", errors="replace"))
    known = {r[0] for r in con.execute("SELECT actor_id FROM actors WHERE actor_id LIKE 'per:%'").fetchall()}
    kb = default_kb()
    source = path.name
    actors: dict[str, tuple] = {}
    roles: list[tuple] = []
    for entry in parsed.entries:
        s = slug(entry.name)
        if not s or not entry.roles:
            continue
        actor_id = _known_person(kb, entry, known) or (f"per:{s}" if f"per:{s}" in known else f"imp:{s}")
        first = entry.roles[-1]
        country = first.code[:3] if len(first.code) >= 3 and first.code[:3].isalpha() else None
        if actor_id.startswith("imp:"):
            actors.setdefault(actor_id, (actor_id, entry.name, first.code, country, "organisation", "import"))
        for r in entry.roles:
            roles.append((actor_id, None, r.code, r.code[:3] if len(r.code) >= 3 else None, r.start,
                          r.end, "import", None, None, None, f"{source}:{entry.line}"))
    con.execute("BEGIN")
    try:
        con.execute("DELETE FROM actor_roles WHERE origin = 'import' AND evidence LIKE ?", [f"{source}:%"])
        insert_rows(con, "actors", list(actors.values()), replace=True)
        insert_rows(con, "actor_roles", roles)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return {"file": str(path), "entries": len(parsed.entries), "actors": len(actors),
            "roles": len(roles), "problems": len(parsed.problems),
            "first_problems": [f"line {n}: {why}" for n, why in parsed.problems[:10]]}
